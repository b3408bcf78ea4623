import { describe, expect, it } from 'vitest';
import { channelNames, eventNames, methodName, type Channel } from './ipc';
import { createApi, PostdeskError, type Transport } from './ipc-client';

function recordingTransport(answer: (channel: Channel) => unknown) {
  const calls: [Channel, unknown][] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const transport: Transport = {
    invoke: async (channel, request) => {
      calls.push([channel, request]);
      const value = answer(channel);
      return value instanceof Error ? { ok: false, error: { code: 'boom', message: value.message } } : { ok: true, value };
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  return { transport, calls, listeners };
}

describe('createApi', () => {
  it('exposes exactly one method per channel and one subscription per event', () => {
    const api = createApi(recordingTransport(() => null).transport);
    expect(Object.keys(api).sort()).toEqual([...channelNames.map(methodName), ...eventNames].sort());
    expect(methodName('posts:read')).toBe('postsRead');
  });

  it('sends the request on its own channel and resolves with the value', async () => {
    const { transport, calls } = recordingTransport(() => ({ name: 'blog' }));
    const api = createApi(transport);
    await expect(api.workspaceInfo({})).resolves.toEqual({ name: 'blog' });
    await api.postsRead({ path: 'a.md' });
    expect(calls).toEqual([
      ['workspace:info', {}],
      ['posts:read', { path: 'a.md' }],
    ]);
  });

  it('rejects with the error code and message from main', async () => {
    const api = createApi(recordingTransport(() => new Error('no such post')).transport);
    const error = await api.postsRead({ path: 'x.md' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostdeskError);
    expect(error).toMatchObject({ code: 'boom', message: 'no such post' });
  });

  it('returns an unsubscribe function for events', () => {
    const { transport, listeners } = recordingTransport(() => null);
    const api = createApi(transport);
    const seen: unknown[] = [];
    const off = api.onDidChangePosts((e) => seen.push(e));
    for (const l of listeners.get('onDidChangePosts') ?? []) l({ changed: ['a.md'], removed: [] });
    off();
    expect(listeners.get('onDidChangePosts')?.size).toBe(0);
    expect(seen).toEqual([{ changed: ['a.md'], removed: [] }]);
  });
});
