import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexCacheFile, PostIndex } from './post-index';
import { conventionsFor } from './site-conventions';
import { post, tempFolder, type TempFolder } from './test-support';

let site: TempFolder;
let userData: TempFolder;
beforeEach(async () => {
  site = await tempFolder('postdesk-site-');
  userData = await tempFolder('postdesk-user-');
  await site.write({
    '_config.yml': 'title: t\n',
    '_posts/2024-01-01-first.md': post({ title: 'First', tags: '[a, b]' }, 'one two three\n'),
    '_posts/2024-01-02-second.md': post({ title: 'Second', categories: 'notes' }),
    '_drafts/idea.md': post({ title: 'Idea' }),
    '_posts/not-dated.md': post({ title: 'Skipped' }),
  });
});
afterEach(async () => {
  await site.remove();
  await userData.remove();
});

const jekyll = conventionsFor('jekyll');
const newIndex = () => new PostIndex(site.dir, jekyll, indexCacheFile(userData.dir, site.dir));

describe('PostIndex', () => {
  it('summarizes every post the engine builds, with versions', async () => {
    const index = newIndex();
    const stats = await index.build();
    expect(stats).toMatchObject({ posts: 3, cached: 0 });
    expect(index.list().map((s) => [s.path, s.title, s.draft])).toEqual([
      ['_drafts/idea.md', 'Idea', true],
      ['_posts/2024-01-01-first.md', 'First', false],
      ['_posts/2024-01-02-second.md', 'Second', false],
    ]);
    const first = index.get('_posts/2024-01-01-first.md');
    expect(first?.summary.tags).toEqual(['a', 'b']);
    expect(first?.summary.wordCount).toBe(3);
    expect(first?.version.size).toBe((await readFile(path.join(site.dir, '_posts/2024-01-01-first.md'))).length);
  });

  it('starts warm from the cache, and re-reads only files whose size or mtime changed', async () => {
    const cold = newIndex();
    await cold.build();
    await cold.flush();
    const changed = path.join(site.dir, '_posts/2024-01-02-second.md');
    await writeFile(changed, post({ title: 'Second, revised' }));
    await utimes(changed, new Date(), new Date(Date.now() + 5000));

    const warm = newIndex();
    const stats = await warm.build();
    expect(stats).toMatchObject({ posts: 3, cached: 2 });
    expect(warm.get('_posts/2024-01-02-second.md')?.summary.title).toBe('Second, revised');
    expect(warm.list()).toEqual(cold.list().map((s) => (s.path.endsWith('second.md') ? warm.get(s.path)?.summary : s)));
  });

  it('ignores a damaged cache and rebuilds from disk', async () => {
    const cacheFile = indexCacheFile(userData.dir, site.dir);
    await userData.write({ [path.relative(userData.dir, cacheFile)]: '{"format": 1, "rows": [[' });
    const index = newIndex();
    expect(await index.build()).toMatchObject({ posts: 3, cached: 0 });
  });

  it('drops cache rows of files deleted while Postdesk was closed', async () => {
    const cold = newIndex();
    await cold.build();
    await cold.flush();
    await rm(path.join(site.dir, '_drafts/idea.md'));
    const warm = newIndex();
    await warm.build();
    expect(warm.get('_drafts/idea.md')).toBeUndefined();
    expect(warm.size).toBe(2);
  });

  it('refreshes one path: added, changed, touched, renamed to a non-post, removed', async () => {
    const index = newIndex();
    await index.build();
    await site.write({ '_posts/2024-02-01-new.md': post({ title: 'New' }) });
    expect(await index.refresh('_posts/2024-02-01-new.md')).toMatchObject({ type: 'added', entry: { summary: { title: 'New' } } });

    await site.write({ '_posts/2024-02-01-new.md': post({ title: 'Newer' }) });
    const changed = await index.refresh('_posts/2024-02-01-new.md');
    expect(changed).toMatchObject({ type: 'changed', entry: { summary: { title: 'Newer' } }, previous: { summary: { title: 'New' } } });

    await utimes(path.join(site.dir, '_posts/2024-02-01-new.md'), new Date(), new Date(Date.now() + 10_000));
    expect(await index.refresh('_posts/2024-02-01-new.md')).toEqual({ type: 'unchanged' });

    // A file that exists but is not a post (no date in a _posts name) leaves the index.
    await site.write({ '_posts/2024-01-01-first.md': post({ title: 'x' }) });
    expect((await index.refresh('_posts/not-dated.md')).type).toBe('unchanged');

    await rm(path.join(site.dir, '_posts/2024-02-01-new.md'));
    expect(await index.refresh('_posts/2024-02-01-new.md')).toMatchObject({ type: 'removed', previous: { summary: { title: 'Newer' } } });
    expect(index.get('_posts/2024-02-01-new.md')).toBeUndefined();
  });
});
