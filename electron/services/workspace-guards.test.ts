/** What the workspace refuses or protects, whatever the renderer asks. */
import { lstat, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from './workspace';

let root: string;
const POST = '_posts/2024-01-01-a.md';

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'postdesk-guards-'));
  await mkdir(path.join(root, '_posts'));
  await mkdir(path.join(root, '.git'));
  await writeFile(path.join(root, '_config.yml'), 'title: T\n');
  await writeFile(path.join(root, '.git', 'config'), '[core]\n');
  await writeFile(path.join(root, POST), '---\ntitle: A\n---\nBody\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('only posts are read and written', () => {
  it.each(['.git/config', '_config.yml', '_posts/.hidden.md', 'Gemfile'])('refuses %s', async (rel) => {
    const workspace = await Workspace.open(root, { assetBase: '' });
    await expect(workspace.readPost(rel)).rejects.toMatchObject({ code: 'not-a-post' });
    await expect(workspace.savePost(rel, 'x', null)).rejects.toMatchObject({ code: 'not-a-post' });
    await expect(workspace.journalEdit(rel, 'x', null)).rejects.toMatchObject({ code: 'not-a-post' });
  });

  it('still re-creates a deleted post where the engine reads posts', async () => {
    const workspace = await Workspace.open(root, { assetBase: '' });
    expect(await workspace.savePost('_posts/2024-02-02-new.md', '---\ntitle: N\n---\n', null)).toMatchObject({ status: 'saved' });
  });
});

describe('saving', () => {
  it('refuses text with a lone surrogate instead of writing U+FFFD', async () => {
    const workspace = await Workspace.open(root, { assetBase: '' });
    const file = await workspace.readPost(POST);
    await expect(workspace.savePost(POST, `${file.text}\uD83D!`, file.version)).rejects.toMatchObject({ code: 'encoding' });
    expect(await readFile(path.join(root, POST), 'utf8')).toBe(file.text);
  });

  it('writes through a symbolic link to the file it points to, keeping the link', async () => {
    await mkdir(path.join(root, 'shared'));
    await writeFile(path.join(root, 'shared', 'b.md'), '---\ntitle: B\n---\nOld\n');
    await symlink('../shared/b.md', path.join(root, '_posts', '2024-01-02-b.md'));
    const workspace = await Workspace.open(root, { assetBase: '' });
    const file = await workspace.readPost('_posts/2024-01-02-b.md');
    expect(await workspace.savePost('_posts/2024-01-02-b.md', file.text.replace('Old', 'New'), file.version)).toMatchObject({ status: 'saved' });
    expect((await lstat(path.join(root, '_posts', '2024-01-02-b.md'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(root, 'shared', 'b.md'), 'utf8')).toContain('New');
  });
});

describe('renaming an index post outside Hugo', () => {
  it('moves only that file, never its folder of other posts', async () => {
    const plain = path.join(root, 'plain');
    await mkdir(path.join(plain, 'notes'), { recursive: true });
    for (const name of ['index', 'a', 'b']) await writeFile(path.join(plain, 'notes', `${name}.md`), `---\ntitle: ${name}\n---\n`);
    const workspace = await Workspace.open(plain, { assetBase: '' });
    await workspace.renamePost('notes/index.md', 'elsewhere/index.md');
    expect((await workspace.listPosts()).map((p) => p.path).sort()).toEqual(['elsewhere/index.md', 'notes/a.md', 'notes/b.md']);
    expect(await readFile(path.join(plain, 'notes', 'a.md'), 'utf8')).toContain('title: a');
  });
});
