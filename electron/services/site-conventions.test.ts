import { afterEach, describe, expect, it } from 'vitest';
import type { SiteKind } from '../../shared/site';
import { scanWorkspace } from './post-scan';
import { conventionsFor } from './site-conventions';
import { detectSiteKind } from './site-detect';
import { post, tempFolder, type TempFolder } from './test-support';

let folder: TempFolder | null = null;
afterEach(async () => {
  await folder?.remove();
  folder = null;
});

async function postsOf(kind: SiteKind, paths: string[]): Promise<string[]> {
  folder = await tempFolder();
  await folder.write(Object.fromEntries(paths.map((p) => [p, post({ title: p })])));
  return (await scanWorkspace(folder.dir, conventionsFor(kind))).posts;
}

describe('which files are posts', () => {
  // The expectations were checked against `jekyll build --drafts` (Jekyll 4.3) on the same tree.
  it('Jekyll: dated names in _posts (also nested and under category folders) and anything in _drafts', async () => {
    const posts = await postsOf('jekyll', [
      '_posts/2020-01-01-a.md',
      '_posts/notes.md',
      '_posts/sub/2020-02-02-b.md',
      'blog/_posts/2020-03-03-c.md',
      '_drafts/d.md',
      '_posts/_2020-01-05-x.md',
      '_posts/.2020-01-06-h.md',
      '_posts/2020-1-7-short.md',
      '_posts/2020-01-09-e.markdown',
      '_sub/_posts/2020-01-10-u.md',
      '_posts/#2020-01-12-hash.md',
      'about.md',
      'node_modules/pkg/_posts/2020-01-01-dep.md',
    ]);
    expect(posts).toEqual(['_drafts/d.md', '_posts/2020-01-01-a.md', '_posts/2020-01-09-e.markdown', '_posts/2020-1-7-short.md', '_posts/sub/2020-02-02-b.md', 'blog/_posts/2020-03-03-c.md']);
  });

  // Checked against `hugo list all` (Hugo 0.111) on the same tree.
  it('Hugo: content pages, not section lists (_index.md) nor a leaf bundle’s resources', async () => {
    const posts = await postsOf('hugo', [
      'content/_index.md',
      'content/posts/_index.md',
      'content/posts/a.md',
      'content/posts/bundle/index.md',
      'content/posts/bundle/other.md',
      'content/posts/bundle/sub/deeper.md',
      'content/posts/branch/_index.md',
      'content/posts/branch/leaf.md',
      'content/posts/.dot.md',
      'content/posts/x.mdx',
      'content/posts/y.markdown',
      'README.md',
      'themes/t/content/z.md',
    ]);
    expect(posts).toEqual(['content/posts/a.md', 'content/posts/branch/leaf.md', 'content/posts/bundle/index.md', 'content/posts/y.markdown']);
  });

  it('Astro: collections under src/content, without names starting with _', async () => {
    const posts = await postsOf('astro', ['src/content/blog/a.md', 'src/content/blog/b.mdx', 'src/content/blog/_skip.md', 'src/content/_drafts/c.md', 'src/pages/index.md', 'README.md']);
    expect(posts).toEqual(['src/content/blog/a.md', 'src/content/blog/b.mdx']);
  });

  it('Hexo: source/_posts and source/_drafts only', async () => {
    const posts = await postsOf('hexo', ['source/_posts/a.md', 'source/_posts/2020/b.md', 'source/_drafts/c.md', 'source/about/index.md', 'source/_posts/d.md~', 'README.md']);
    expect(posts).toEqual(['source/_drafts/c.md', 'source/_posts/2020/b.md', 'source/_posts/a.md']);
  });

  it('Eleventy: every Markdown template outside _includes, _data and _site', async () => {
    const posts = await postsOf('eleventy', ['posts/a.md', 'index.md', '_includes/partial.md', '_data/x.md', '_site/posts/a.md', 'README.md']);
    expect(posts).toEqual(['index.md', 'posts/a.md']);
  });

  it('a plain folder: every Markdown file outside hidden and dependency folders', async () => {
    const posts = await postsOf('plain', ['a.md', 'notes/b.markdown', 'c.mdx', 'd.txt', '.hidden/e.md', 'node_modules/f.md']);
    expect(posts).toEqual(['a.md', 'c.mdx', 'notes/b.markdown']);
  });
});

describe('new posts, drafts and publishing per engine', () => {
  const day = new Date(2024, 2, 5, 9, 30);
  it.each([
    ['jekyll', '_drafts/hello.md', true],
    ['hexo', 'source/_drafts/hello.md', true],
    ['hugo', 'content/posts/hello.md', false],
    ['astro', 'src/content/blog/hello.md', false],
    ['eleventy', 'posts/hello.md', false],
    ['plain', 'hello.md', false],
  ] as const)('%s puts a new post at %s', (kind, expected, draftByFolder) => {
    const conventions = conventionsFor(kind);
    expect(conventions.newPostPath('hello', day)).toBe(expected);
    expect(conventions.isDraftPath(expected)).toBe(draftByFolder);
    expect(conventions.isPost(expected, new Set())).toBe(true);
  });

  it('publishing moves Jekyll drafts to dated _posts names, keeping category folders', () => {
    const jekyll = conventionsFor('jekyll');
    expect(jekyll.publishedPath('_drafts/hello.md', day)).toBe('_posts/2024-03-05-hello.md');
    expect(jekyll.publishedPath('blog/_drafts/hello.md', day)).toBe('blog/_posts/2024-03-05-hello.md');
    expect(jekyll.publishedPath('_posts/2024-03-05-hello.md', day)).toBeNull();
    expect(conventionsFor('hexo').publishedPath('source/_drafts/hello.md', day)).toBe('source/_posts/hello.md');
    expect(conventionsFor('hugo').publishedPath('content/posts/hello.md', day)).toBeNull();
  });

  it('names follow title and date the way each engine names files', () => {
    expect(conventionsFor('jekyll').fileNameFor('_posts/2020-01-01-old.markdown', 'new-title', day)).toBe('2024-03-05-new-title.markdown');
    expect(conventionsFor('jekyll').fileNameFor('_drafts/old.md', 'new-title', day)).toBe('new-title.md');
    expect(conventionsFor('hugo').fileNameFor('content/posts/old.md', 'new-title', day)).toBe('new-title.md');
  });
});

describe('site detection', () => {
  it.each([
    ['jekyll', { '_config.yml': 'title: x\n', '_posts/2020-01-01-a.md': '' }],
    ['jekyll', { '_posts/2020-01-01-a.md': '' }],
    ['hexo', { '_config.yml': 'title: x\n', 'source/_posts/a.md': '' }],
    ['hugo', { 'hugo.toml': 'title = "x"\n' }],
    ['hugo', { 'config.toml': 'title = "x"\n', 'content/a.md': '' }],
    ['astro', { 'astro.config.mjs': 'export default {}\n', 'src/content/blog/a.md': '' }],
    ['eleventy', { '.eleventy.js': 'module.exports = {}\n' }],
    ['eleventy', { 'eleventy.config.js': 'export default {}\n' }],
    ['plain', { 'a.md': '' }],
  ] as const)('detects %s', async (kind, files) => {
    folder = await tempFolder();
    await folder.write(files);
    expect(await detectSiteKind(folder.dir)).toBe(kind);
  });
});
