import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPosts } from './post-search';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'postdesk-search-'));
  await writeFile(path.join(root, 'a.md'), '---\ntitle: A\n---\nThe quick brown Fox.\n');
  await writeFile(path.join(root, 'b.md'), '---\ntitle: B\n---\nA slow brown dog.\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('searchPosts', () => {
  it('finds posts containing every word, in any case, in list order', async () => {
    expect(await searchPosts(root, ['a.md', 'b.md'], 'brown')).toEqual(['a.md', 'b.md']);
    expect(await searchPosts(root, ['a.md', 'b.md'], 'FOX brown')).toEqual(['a.md']);
    expect(await searchPosts(root, ['a.md', 'b.md'], 'fox dog')).toEqual([]);
  });
  it('returns nothing for an empty query and skips files that vanished', async () => {
    expect(await searchPosts(root, ['a.md'], '   ')).toEqual([]);
    expect(await searchPosts(root, ['gone.md', 'b.md'], 'dog')).toEqual(['b.md']);
  });
});
