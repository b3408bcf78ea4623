/** Registers the handler table with ipcMain; only the app's own top frame may call it. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, type Envelope } from '../shared/ipc';
import { dispatch } from './dispatch';
import type { HandlerTable } from './handlers';
import { isTrustedSender } from './window-options';

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(frame?.url, frame !== null && frame.parent === null);
}

export function registerHandlers(getHandlers: () => HandlerTable): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, request: unknown): Promise<Envelope<unknown>> => {
      if (!trustedSender(event)) return { ok: false, error: { code: 'untrusted-sender', message: 'Request from an untrusted frame refused' } };
      return dispatch(getHandlers(), channel, request);
    });
  }
}
