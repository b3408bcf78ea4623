import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceInfo } from '../shared/site';
import { AppSession } from './app-session';

let dir: string;
let session: AppSession;
let chosen: string | null;
const switched: WorkspaceInfo[] = [];

async function site(name: string): Promise<string> {
  const root = path.join(dir, name);
  await mkdir(path.join(root, '_posts'), { recursive: true });
  await writeFile(path.join(root, '_config.yml'), `title: ${name}\n`);
  await writeFile(path.join(root, '_posts', '2024-01-01-hello.md'), `---\ntitle: Hello from ${name}\n---\nHi\n`);
  return root;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postdesk-session-'));
  switched.length = 0;
  chosen = null;
  session = new AppSession({
    userDataDir: path.join(dir, 'user-data'),
    assetBase: 'x:',
    trash: { trash: async () => undefined },
    chooseFolder: async () => chosen,
    sendChange: () => undefined,
    didSwitch: (info) => switched.push(info),
    onWatchError: () => undefined,
    setEdited: () => undefined,
  });
});
afterEach(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('AppSession', () => {
  it('opens a folder, remembers it, and answers through its handler table', async () => {
    const a = await site('a');
    await session.open(a);
    expect(await session.recentFolders()).toEqual([a]);
    const posts = await session.handlers['posts:list']({});
    expect(posts.map((p) => p.title)).toEqual(['Hello from a']);
  });

  it('switches to a recent folder on request, but refuses folders the user never opened', async () => {
    const a = await site('a');
    const b = await site('b');
    await session.open(b);
    await session.open(a);
    await expect(session.handlers['workspace:open']({ folder: path.join(dir, 'elsewhere') })).rejects.toMatchObject({ code: 'not-recent' });
    const info = await session.handlers['workspace:open']({ folder: b });
    expect(info?.root).toBe(b);
    expect(switched.map((s) => s.name)).toEqual(['b']);
    expect((await session.handlers['posts:list']({}))[0]?.title).toBe('Hello from b');
  });

  it('asks the user for a folder when none is named, and does nothing when cancelled', async () => {
    const a = await site('a');
    await session.open(a);
    expect(await session.handlers['workspace:open']({ folder: null })).toBeNull();
    chosen = await site('c');
    expect((await session.handlers['workspace:open']({ folder: null }))?.name).toBe('c');
    expect(await session.recentFolders()).toEqual([chosen, a]);
  });
});
