import { mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { createHandlers } from '../handlers';
import { TaxonomyService } from './taxonomy-service';
import { tempFolder, type TempFolder } from './test-support';
import { Workspace } from './workspace';

let site: TempFolder;
beforeEach(async () => {
  site = await tempFolder('postdesk-taxonomy-');
});
afterEach(() => site.remove());

const JEKYLL_POSTS: Record<string, string> = {
  '_config.yml': 'title: t\n',
  '_posts/2024-01-01-flow.md': '---\ntitle: Flow\ntags: [Foo, bar]   # kept comment\ncategories: [notes]\n---\nFoo in the body stays.\n',
  '_posts/2024-01-02-block.md': '---\ntitle: Block\ntags:\n  - bar\n  - Foo\n  - foo\n---\nBody.\n',
  '_posts/2024-01-03-string.md': '---\ntitle: String\ntags: "Foo  baz"\n---\n',
  '_posts/2024-01-04-untouched.md': '---\ntitle: Untouched\ntags: [baz]\n---\n',
  '_drafts/draft.md': '---\ntitle: Draft\ntag: Foo\ntags: [ignored]\n---\n',
  'blog/_posts/2024-01-05-folder.md': '---\ntitle: Folder\ncategories: [notes, blog]\n---\n',
};

async function open(files: Record<string, string>): Promise<{ workspace: Workspace; taxonomy: TaxonomyService }> {
  await site.write(files);
  const workspace = await Workspace.open(site.dir, { assetBase: '' });
  return { workspace, taxonomy: new TaxonomyService(workspace) };
}

const read = (rel: string) => readFile(path.join(site.dir, rel), 'utf8');
const changedPaths = (files: Record<string, string>) =>
  Promise.all(Object.entries(files).map(async ([rel, text]) => ((await read(rel)) === text ? null : rel))).then((paths) => paths.filter(Boolean));

describe('TaxonomyService', () => {
  it('counts every post, drafts included, with the engine’s rules, most used first', async () => {
    const { taxonomy } = await open(JEKYLL_POSTS);
    const counts = await taxonomy.counts();
    expect(counts.tags.map((t) => [t.name, t.count])).toEqual([
      ['Foo', 4],
      ['bar', 2],
      ['baz', 2],
      ['foo', 1],
    ]);
    expect(counts.tags.find((t) => t.name === 'Foo')?.posts).toContain('_drafts/draft.md');
    expect(counts.categories.map((t) => [t.name, t.count])).toEqual([
      ['notes', 2],
      ['blog', 1],
    ]);
  });

  it('plans a case-only rename with a line diff per post and writes nothing', async () => {
    const { taxonomy } = await open(JEKYLL_POSTS);
    const plan = await taxonomy.plan({ type: 'rename', kind: 'tags', from: 'Foo', to: 'foo' });
    expect(plan.changes.map((c) => [c.path, c.fields])).toEqual([
      ['_drafts/draft.md', ['tag']],
      ['_posts/2024-01-01-flow.md', ['tags']],
      ['_posts/2024-01-02-block.md', ['tags']],
      ['_posts/2024-01-03-string.md', ['tags']],
    ]);
    const flow = plan.changes.find((c) => c.path === '_posts/2024-01-01-flow.md');
    expect(flow?.hunks).toEqual([
      {
        oldStart: 1,
        oldLines: 5,
        newStart: 1,
        newLines: 5,
        lines: [
          { type: ' ', text: '---' },
          { type: ' ', text: 'title: Flow' },
          { type: '-', text: 'tags: [Foo, bar]   # kept comment' },
          { type: '+', text: 'tags: [foo, bar]   # kept comment' },
          { type: ' ', text: 'categories: [notes]' },
          { type: ' ', text: '---' },
        ],
      },
    ]);
    expect(await changedPaths(JEKYLL_POSTS)).toEqual([]);
  });

  it('applies exactly the planned texts, merging into a name already there, and undoes in one step', async () => {
    const { taxonomy } = await open(JEKYLL_POSTS);
    const untouchedBefore = await stat(path.join(site.dir, '_posts/2024-01-04-untouched.md'));
    const plan = await taxonomy.plan({ type: 'rename', kind: 'tags', from: 'Foo', to: 'foo' });
    const applied = await taxonomy.apply(plan.planId);
    expect(applied.skipped).toEqual([]);
    expect([...applied.written].sort()).toEqual(plan.changes.map((c) => c.path).sort());
    expect(await read('_posts/2024-01-01-flow.md')).toBe('---\ntitle: Flow\ntags: [foo, bar]   # kept comment\ncategories: [notes]\n---\nFoo in the body stays.\n');
    // `foo` was already there: the renamed `Foo` is dropped rather than written twice.
    expect(await read('_posts/2024-01-02-block.md')).toBe('---\ntitle: Block\ntags:\n  - bar\n  - foo\n---\nBody.\n');
    expect(await read('_posts/2024-01-03-string.md')).toBe('---\ntitle: String\ntags: "foo  baz"\n---\n');
    expect(await read('_drafts/draft.md')).toBe('---\ntitle: Draft\ntag: foo\ntags: [ignored]\n---\n');
    expect((await stat(path.join(site.dir, '_posts/2024-01-04-untouched.md'))).mtimeMs).toBe(untouchedBefore.mtimeMs);
    expect((await taxonomy.counts()).tags.map((t) => [t.name, t.count])).toEqual([
      ['foo', 4],
      ['bar', 2],
      ['baz', 2],
    ]);

    const undone = await taxonomy.undo(applied.undoId as string);
    expect(undone.skipped).toEqual([]);
    expect(await changedPaths(JEKYLL_POSTS)).toEqual([]);
    await expect(taxonomy.undo(applied.undoId as string)).rejects.toMatchObject({ code: 'expired' });
  });

  it('merges several categories and reports the one that comes from a folder', async () => {
    const { taxonomy } = await open(JEKYLL_POSTS);
    const plan = await taxonomy.plan({ type: 'merge', kind: 'categories', from: ['notes', 'blog'], into: 'journal' });
    expect(plan.unresolved).toEqual([{ path: 'blog/_posts/2024-01-05-folder.md', reason: 'folder', message: expect.stringContaining('"blog"') }]);
    await taxonomy.apply(plan.planId);
    expect(await read('blog/_posts/2024-01-05-folder.md')).toBe('---\ntitle: Folder\ncategories: [journal]\n---\n');
    expect(await read('_posts/2024-01-01-flow.md')).toContain('\ncategories: [journal]\n');
  });

  it('skips a post changed on disk after the preview and writes the others', async () => {
    const { taxonomy } = await open(JEKYLL_POSTS);
    const plan = await taxonomy.plan({ type: 'delete', kind: 'tags', terms: ['bar'] });
    const edited = '---\ntitle: Flow\ntags: [Foo, bar, new]\n---\nEdited elsewhere.\n';
    await writeFile(path.join(site.dir, '_posts/2024-01-01-flow.md'), edited);
    const applied = await taxonomy.apply(plan.planId);
    expect(applied.written).toEqual(['_posts/2024-01-02-block.md']);
    expect(applied.skipped).toEqual([{ path: '_posts/2024-01-01-flow.md', reason: 'changed', message: expect.any(String) }]);
    expect(await read('_posts/2024-01-01-flow.md')).toBe(edited);
    expect(await read('_posts/2024-01-02-block.md')).toBe('---\ntitle: Block\ntags:\n  - Foo\n  - foo\n---\nBody.\n');
    await expect(taxonomy.apply(plan.planId)).rejects.toMatchObject({ code: 'expired' });
  });

  it('undo leaves alone a post changed or deleted since the apply', async () => {
    const { taxonomy } = await open(JEKYLL_POSTS);
    const applied = await taxonomy.apply((await taxonomy.plan({ type: 'rename', kind: 'tags', from: 'baz', to: 'qux' })).planId);
    expect([...applied.written].sort()).toEqual(['_posts/2024-01-03-string.md', '_posts/2024-01-04-untouched.md']);
    await writeFile(path.join(site.dir, '_posts/2024-01-03-string.md'), 'changed by hand\n');
    await unlink(path.join(site.dir, '_posts/2024-01-04-untouched.md'));
    const undone = await taxonomy.undo(applied.undoId as string);
    expect(undone.restored).toEqual([]);
    expect(undone.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['_posts/2024-01-03-string.md', 'changed'],
      ['_posts/2024-01-04-untouched.md', 'missing'],
    ]);
    expect(await read('_posts/2024-01-03-string.md')).toBe('changed by hand\n');
  });

  it('edits a Hugo post’s TOML list in its own style', async () => {
    const { taxonomy } = await open({
      'hugo.toml': 'title = "t"\n',
      'content/posts/a.md': '+++\ntitle = "A"\ntags = ["go", "Go", "web"]\ndraft = true\n+++\nBody.\n',
    });
    await taxonomy.apply((await taxonomy.plan({ type: 'merge', kind: 'tags', from: ['Go', 'web'], into: 'go' })).planId);
    expect(await read('content/posts/a.md')).toBe('+++\ntitle = "A"\ntags = ["go"]\ndraft = true\n+++\nBody.\n');
  });

  it('is reachable through the handler table, which refuses a new name with surrounding spaces', async () => {
    const { workspace } = await open(JEKYLL_POSTS);
    const handlers = createHandlers(workspace);
    const bad = await dispatch(handlers, 'taxonomy:plan', { operation: { type: 'rename', kind: 'tags', from: 'Foo', to: ' foo' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const plan = await dispatch(handlers, 'taxonomy:plan', { operation: { type: 'delete', kind: 'tags', terms: ['baz'] } });
    expect(plan).toMatchObject({ ok: true, value: { changes: [{ path: '_posts/2024-01-03-string.md' }, { path: '_posts/2024-01-04-untouched.md' }] } });
    const expired = await dispatch(handlers, 'taxonomy:apply', { planId: 'not-a-plan' });
    expect(expired).toMatchObject({ ok: false, error: { code: 'expired' } });
  });

  it('leaves a post that is not valid UTF-8 as it is and says why', async () => {
    const latin1 = Buffer.from('---\ntitle: Caf\xe9\ntags: [Foo]\n---\n', 'latin1');
    await mkdir(path.join(site.dir, '_posts'), { recursive: true });
    await writeFile(path.join(site.dir, '_posts/2024-01-02-latin1.md'), latin1);
    const { taxonomy } = await open({ '_config.yml': 'title: t\n', '_posts/2024-01-01-ok.md': '---\ntags: [Foo]\n---\n' });
    const plan = await taxonomy.plan({ type: 'rename', kind: 'tags', from: 'Foo', to: 'foo' });
    expect(plan.changes.map((c) => c.path)).toEqual(['_posts/2024-01-01-ok.md']);
    expect(plan.unresolved).toEqual([{ path: '_posts/2024-01-02-latin1.md', reason: 'encoding', message: expect.stringContaining('UTF-8') }]);
    await taxonomy.apply(plan.planId);
    expect((await readFile(path.join(site.dir, '_posts/2024-01-02-latin1.md'))).equals(latin1)).toBe(true);
  });
});
