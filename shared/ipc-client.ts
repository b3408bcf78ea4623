/**
 * Builds `window.postdesk` from the contract over any transport: Electron's ipcRenderer in the
 * preload, Playwright bindings in the e2e host. One method per channel; nothing generic leaks.
 */
import type { Envelope, Events, PostdeskApi } from './ipc';
import { channelNames, eventNames, methodName, type Channel } from './ipc-names';

export interface Transport {
  invoke(channel: Channel, request: unknown): Promise<Envelope<unknown>>;
  on(event: keyof Events, listener: (payload: unknown) => void): () => void;
}

/** The error a rejected API call carries: `code` is stable, `message` is for people. */
export class PostdeskError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PostdeskError';
  }
}

export function createApi(transport: Transport): PostdeskApi {
  const api: Record<string, unknown> = {};
  for (const channel of channelNames) {
    api[methodName(channel)] = async (request: unknown) => {
      const envelope = await transport.invoke(channel, request ?? {});
      if (envelope.ok) return envelope.value;
      throw new PostdeskError(envelope.error.code, envelope.error.message);
    };
  }
  for (const event of eventNames) {
    api[event] = (listener: (payload: unknown) => void) => transport.on(event, listener);
  }
  return api as PostdeskApi;
}
