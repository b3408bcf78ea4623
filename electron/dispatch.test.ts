import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../shared/ipc';
import { dispatch } from './dispatch';
import { createHandlers, type HandlerTable } from './handlers';
import { Workspace } from './services/workspace';

let dir: string;
let handlers: HandlerTable;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postdesk-dispatch-'));
  await mkdir(path.join(dir, '_posts'));
  await writeFile(path.join(dir, '_config.yml'), 'title: Test\n');
  await writeFile(path.join(dir, '_posts', '2024-01-29-hello.md'), '---\ntitle: Hello\n---\nBody\n');
  handlers = createHandlers(await Workspace.open(dir, { assetBase: 'x:' }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the handler table', () => {
  it('has a handler for every channel of the contract, and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) expect(typeof handlers[channel]).toBe('function');
  });
});

describe('dispatch', () => {
  it('answers a valid request with the service result', async () => {
    const answer = await dispatch(handlers, 'posts:read', { path: '_posts/2024-01-29-hello.md' });
    expect(answer.ok && (answer.value as { text: string }).text).toBe('---\ntitle: Hello\n---\nBody\n');
  });

  it('refuses unknown channels', async () => {
    expect(await dispatch(handlers, 'fs:readAnything', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(handlers, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses requests that do not match the schema, naming the field', async () => {
    const answer = await dispatch(handlers, 'posts:read', { path: 42 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!answer.ok && answer.error.message).toMatch(/posts:read at path/);
    expect(await dispatch(handlers, 'posts:read', { path: 'a.md', extra: true })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatch(handlers, 'posts:save', { path: 'a.md', text: 'x', base: { size: 1, mtimeMs: 1, hash: 'nothex' } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('turns a service error into an error envelope instead of throwing', async () => {
    const answer = await dispatch(handlers, 'posts:read', { path: '../../etc/passwd' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'outside-workspace' } });
  });
});
