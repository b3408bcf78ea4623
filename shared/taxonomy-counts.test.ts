import { describe, expect, it } from 'vitest';
import type { PostSummary } from './post';
import { taxonomyCounts } from './taxonomy-counts';

function post(path: string, tags: string[], categories: string[] = []): PostSummary {
  return { path, title: path, date: null, draft: false, tags, categories, wordCount: 0, problems: [] };
}

describe('taxonomyCounts', () => {
  it('lists distinct terms, most used first, with the posts that carry them', () => {
    const counts = taxonomyCounts([post('a.md', ['travel']), post('b.md', ['tools', 'travel'], ['tech']), post('c.md', ['tools'])]);
    expect(counts.tags.map((t) => [t.name, t.count])).toEqual([
      ['tools', 2],
      ['travel', 2],
    ]);
    expect(counts.tags[1]?.posts).toEqual(['a.md', 'b.md']);
    expect(counts.categories).toEqual([{ name: 'tech', count: 1, posts: ['b.md'] }]);
  });
});
