import { readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteKind } from '../../shared/site';
import type { Trash } from './post-lifecycle';
import { slugify } from './slug';
import { post, tempFolder, type TempFolder } from './test-support';
import { Workspace } from './workspace';

let site: TempFolder;
let trashDir: TempFolder;
/** The OS trash, played by a folder. */
let trash: Trash;

beforeEach(async () => {
  site = await tempFolder('postdesk-life-');
  trashDir = await tempFolder('postdesk-trash-');
  trash = { trash: (abs) => rename(abs, path.join(trashDir.dir, path.basename(abs))) };
});
afterEach(async () => {
  await site.remove();
  await trashDir.remove();
});

const markers: Record<SiteKind, Record<string, string>> = {
  jekyll: { '_config.yml': 'title: t\n' },
  hugo: { 'hugo.toml': 'title = "t"\n' },
  hexo: { '_config.yml': 'title: t\n', 'source/_posts/.keep': '' },
  astro: { 'astro.config.mjs': 'export default {}\n' },
  eleventy: { '.eleventy.js': 'module.exports = {}\n' },
  plain: {},
};

async function openSite(kind: SiteKind, files: Record<string, string> = {}): Promise<Workspace> {
  await site.write({ ...markers[kind], ...files });
  const ws = await Workspace.open(site.dir, { assetBase: '', trash });
  expect(ws.kind).toBe(kind);
  return ws;
}

const day = new Date(2024, 4, 17, 8, 30, 0);

describe('new posts', () => {
  it('Jekyll: a draft at _drafts/<slug>.md, listed as a draft', async () => {
    const ws = await openSite('jekyll');
    const created = await ws.createPost('Hello, Wörld: a first post!', day);
    expect(created.path).toBe('_drafts/hello-world-a-first-post.md');
    expect(await readFile(path.join(site.dir, created.path), 'utf8')).toBe(created.text);
    expect(created.summary).toMatchObject({ title: 'Hello, Wörld: a first post!', draft: true });
    expect((await ws.listPosts()).map((p) => p.path)).toContain(created.path);
  });

  it('Hugo: content/posts/<slug>.md with a date and draft: true', async () => {
    const ws = await openSite('hugo');
    const created = await ws.createPost('Hugo post', day);
    expect(created.path).toBe('content/posts/hugo-post.md');
    expect(created.summary).toMatchObject({ draft: true, date: expect.stringMatching(/^2024-05-17T08:30:00[+-]\d\d:\d\d$/) });
  });

  it('never overwrites: a taken name gets -2, -3', async () => {
    const ws = await openSite('jekyll', { '_drafts/same.md': 'mine\n' });
    expect((await ws.createPost('Same', day)).path).toBe('_drafts/same-2.md');
    expect((await ws.createPost('Same', day)).path).toBe('_drafts/same-3.md');
    expect(await readFile(path.join(site.dir, '_drafts/same.md'), 'utf8')).toBe('mine\n');
  });

  it('slugs are ASCII words joined by hyphens', () => {
    expect(slugify('  Ça va? Déjà vu -- 2024 ')).toBe('ca-va-deja-vu-2024');
    expect(slugify('???')).toBe('untitled');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40)).length).toBeLessThanOrEqual(60);
  });
});

describe('rename', () => {
  it('suggests a file name that follows title and date, and renames without losing a byte', async () => {
    const text = post({ title: 'A Better Title', date: '2024-03-02 10:00:00 +0100' }, 'body\n');
    const ws = await openSite('jekyll', { '_posts/2024-01-01-old-name.md': text });
    const suggested = await ws.suggestPath('_posts/2024-01-01-old-name.md');
    expect(suggested).toBe('_posts/2024-03-02-a-better-title.md');
    const summary = await ws.renamePost('_posts/2024-01-01-old-name.md', suggested as string);
    expect(summary.path).toBe(suggested);
    expect(await readFile(path.join(site.dir, suggested as string), 'utf8')).toBe(text);
    await expect(stat(path.join(site.dir, '_posts/2024-01-01-old-name.md'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await ws.suggestPath(suggested as string)).toBeNull();
  });

  it('renames a Hugo page bundle by its folder', async () => {
    const ws = await openSite('hugo', { 'content/posts/old/index.md': post({ title: 'New Name' }), 'content/posts/old/cover.png': 'png' });
    const suggested = await ws.suggestPath('content/posts/old/index.md');
    expect(suggested).toBe('content/posts/new-name/index.md');
    await ws.renamePost('content/posts/old/index.md', suggested as string);
    expect(await readFile(path.join(site.dir, 'content/posts/new-name/cover.png'), 'utf8')).toBe('png');
  });

  it('refuses to replace an existing file, or to move a post where the engine would not build it', async () => {
    const ws = await openSite('jekyll', { '_posts/2024-01-01-a.md': post({ title: 'A' }), '_posts/2024-01-02-b.md': post({ title: 'B' }) });
    await expect(ws.renamePost('_posts/2024-01-01-a.md', '_posts/2024-01-02-b.md')).rejects.toMatchObject({ code: 'exists' });
    await expect(ws.renamePost('_posts/2024-01-01-a.md', '_posts/undated.md')).rejects.toMatchObject({ code: 'not-a-post' });
    await expect(ws.renamePost('_posts/2024-01-01-a.md', '../outside.md')).rejects.toMatchObject({ code: 'outside-workspace' });
    expect((await ws.listPosts()).map((p) => p.title)).toEqual(['A', 'B']);
    expect(await readFile(path.join(site.dir, '_posts/2024-01-01-a.md'), 'utf8')).toBe(post({ title: 'A' }));
  });
});

describe('publish', () => {
  it('Jekyll: moves _drafts/x.md to _posts/YYYY-MM-DD-x.md and stamps the date, keeping the rest', async () => {
    const ws = await openSite('jekyll', { '_drafts/x.md': '---\ntitle: X # keep me\ntags: [a]\n---\nBody.\n' });
    const summary = await ws.publishPost('_drafts/x.md', day);
    expect(summary).toMatchObject({ path: '_posts/2024-05-17-x.md', draft: false, date: '2024-05-17' });
    expect(await readFile(path.join(site.dir, '_posts/2024-05-17-x.md'), 'utf8')).toBe('---\ntitle: X # keep me\ntags: [a]\ndate: 2024-05-17\n---\nBody.\n');
    await expect(stat(path.join(site.dir, '_drafts/x.md'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('Hugo: sets draft to false in place', async () => {
    const ws = await openSite('hugo', { 'content/posts/y.md': '---\ntitle: Y\ndraft: true\n---\nBody.\n' });
    expect(await ws.publishPost('content/posts/y.md', day)).toMatchObject({ path: 'content/posts/y.md', draft: false });
    expect(await readFile(path.join(site.dir, 'content/posts/y.md'), 'utf8')).toBe('---\ntitle: Y\ndraft: false\n---\nBody.\n');
  });

  it('refuses to publish what is not a draft, or over an existing post', async () => {
    const ws = await openSite('jekyll', { '_posts/2024-01-01-a.md': post({ title: 'A' }), '_drafts/a.md': post({ title: 'A draft' }), '_posts/2024-05-17-a.md': post({ title: 'Taken' }) });
    await expect(ws.publishPost('_posts/2024-01-01-a.md', day)).rejects.toMatchObject({ code: 'not-a-draft' });
    await expect(ws.publishPost('_drafts/a.md', day)).rejects.toMatchObject({ code: 'exists' });
    expect(await readFile(path.join(site.dir, '_posts/2024-05-17-a.md'), 'utf8')).toBe(post({ title: 'Taken' }));
    expect(await readFile(path.join(site.dir, '_drafts/a.md'), 'utf8')).toBe(post({ title: 'A draft' }));
  });
});

describe('delete', () => {
  it('moves the post to the trash and drops it from the index', async () => {
    const ws = await openSite('jekyll', { '_posts/2024-01-01-a.md': post({ title: 'A' }) });
    await ws.trashPost('_posts/2024-01-01-a.md');
    expect(await ws.listPosts()).toEqual([]);
    expect(await readFile(path.join(trashDir.dir, '2024-01-01-a.md'), 'utf8')).toBe(post({ title: 'A' }));
  });
});
