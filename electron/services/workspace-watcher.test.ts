import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { post, tempFolder, waitFor, type TempFolder } from './test-support';
import { Workspace } from './workspace';
import type { PostChange } from '../../shared/post';

let site: TempFolder;
let ws: Workspace;
let changes: PostChange[];

beforeEach(async () => {
  site = await tempFolder('postdesk-watch-');
  await site.write({
    '_config.yml': 'title: t\n',
    '_posts/2024-01-01-a.md': post({ title: 'A' }, 'alpha\n'),
    '_posts/2024-01-02-b.md': post({ title: 'B' }, 'beta\n'),
  });
  ws = await Workspace.open(site.dir, { assetBase: '' });
  changes = [];
  await ws.watch((change) => changes.push(change));
});
afterEach(async () => {
  await ws.close();
  await site.remove();
});

const abs = (rel: string) => path.join(site.dir, rel);
const titles = () => ws.index.list().map((s) => s.title);
/** Waits until the watcher has settled and returns what it reported. */
const settled = async (): Promise<PostChange[]> => {
  await waitFor(() => ws.watcherIdle && changes.length > 0, 5000, 'a watcher event');
  return changes;
};

describe('WorkspaceWatcher', () => {
  it('reports an external add with its summary, and the index lists it', async () => {
    await writeFile(abs('_posts/2024-02-01-new.md'), post({ title: 'New' }));
    expect(await settled()).toMatchObject([{ type: 'added', path: '_posts/2024-02-01-new.md', summary: { title: 'New' } }]);
    expect(titles()).toContain('New');
  });

  it('reports an external change with the new version, and the index follows', async () => {
    const text = post({ title: 'A, edited elsewhere' });
    await writeFile(abs('_posts/2024-01-01-a.md'), text);
    const [change] = await settled();
    expect(change).toMatchObject({ type: 'changed', path: '_posts/2024-01-01-a.md', summary: { title: 'A, edited elsewhere' }, version: { size: Buffer.byteLength(text) } });
    expect(titles()).toContain('A, edited elsewhere');
  });

  it('reports an external delete, and the index drops the post', async () => {
    await rm(abs('_posts/2024-01-02-b.md'));
    expect(await settled()).toEqual([{ type: 'removed', path: '_posts/2024-01-02-b.md' }]);
    expect(titles()).toEqual(['A']);
  });

  it('reports a rename as one event, not a delete and an add', async () => {
    await rename(abs('_posts/2024-01-02-b.md'), abs('_posts/2024-01-03-b-moved.md'));
    await waitFor(() => ws.watcherIdle && changes.length > 0, 5000, 'the rename');
    expect(changes).toMatchObject([{ type: 'renamed', from: '_posts/2024-01-02-b.md', to: '_posts/2024-01-03-b-moved.md', summary: { title: 'B' } }]);
    expect(ws.index.list().map((s) => s.path)).toEqual(['_posts/2024-01-01-a.md', '_posts/2024-01-03-b-moved.md']);
  });

  it('reports a post moved to a name the engine skips as removed', async () => {
    await rename(abs('_posts/2024-01-02-b.md'), abs('_posts/b-undated.md'));
    expect(await settled()).toEqual([{ type: 'removed', path: '_posts/2024-01-02-b.md' }]);
  });

  it('does not report Postdesk’s own saves, temp files or new posts back as external changes', async () => {
    const rel = '_posts/2024-01-01-a.md';
    const loaded = await ws.readPost(rel);
    const saved = await ws.savePost(rel, post({ title: 'A, saved in Postdesk' }), loaded.version);
    expect(saved.status).toBe('saved');
    await ws.createPost('Fresh idea');
    // Then an external change to another file: once it arrives, the earlier events would have too.
    await writeFile(abs('_posts/2024-01-02-b.md'), post({ title: 'B, external' }));
    await waitFor(() => ws.watcherIdle && changes.some((c) => c.type === 'changed' && c.path === '_posts/2024-01-02-b.md'), 5000, 'the external change');
    expect(changes.map((c) => c.type === 'renamed' ? c.to : c.path)).toEqual(['_posts/2024-01-02-b.md']);
    expect(titles()).toEqual(expect.arrayContaining(['A, saved in Postdesk', 'Fresh idea', 'B, external']));
  });

  it('ignores files that are not posts', async () => {
    await writeFile(abs('_posts/notes.txt'), 'x');
    await writeFile(abs('about.md'), post({ title: 'About' }));
    await writeFile(abs('_posts/2024-01-01-a.md'), post({ title: 'A2' }));
    await waitFor(() => ws.watcherIdle && changes.length > 0, 5000, 'the change to A');
    expect(changes.map((c) => c.type === 'renamed' ? c.to : c.path)).toEqual(['_posts/2024-01-01-a.md']);
  });
});
