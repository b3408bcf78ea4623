import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../shared/post';
import { filterPosts, NO_FILTER } from './filter-posts';

function post(path: string, extra: Partial<PostSummary> = {}): PostSummary {
  return { path, title: path, date: null, draft: false, tags: [], categories: [], wordCount: 0, problems: [], ...extra };
}

const posts = [
  post('_posts/2023-05-01-old.md', { title: 'Old Travel Notes', date: '2023-05-01', tags: ['travel'] }),
  post('_posts/2024-02-01-new.md', { title: 'New Tools', date: '2024-02-01 10:00:00 +0100', tags: ['tools', 'travel'], categories: ['tech'] }),
  post('_drafts/idea.md', { title: 'An Idea', draft: true, tags: ['tools'] }),
];

describe('filterPosts', () => {
  it('lists newest first, undated last', () => {
    expect(filterPosts(posts, NO_FILTER).map((p) => p.title)).toEqual(['New Tools', 'Old Travel Notes', 'An Idea']);
  });
  it('matches every query word, case-insensitively, in title, path and tags', () => {
    expect(filterPosts(posts, { ...NO_FILTER, query: 'TRAVEL notes' }).map((p) => p.title)).toEqual(['Old Travel Notes']);
    expect(filterPosts(posts, { ...NO_FILTER, query: 'tools' }).map((p) => p.title)).toEqual(['New Tools', 'An Idea']);
    expect(filterPosts(posts, { ...NO_FILTER, query: 'drafts/' }).map((p) => p.title)).toEqual(['An Idea']);
  });
  it('also shows the posts a full-text search found, within the other filters', () => {
    const found = new Set(['_posts/2023-05-01-old.md', '_drafts/idea.md']);
    expect(filterPosts(posts, { ...NO_FILTER, query: 'mountain' }, found).map((p) => p.title)).toEqual(['Old Travel Notes', 'An Idea']);
    expect(filterPosts(posts, { ...NO_FILTER, query: 'mountain', draft: 'published' }, found).map((p) => p.title)).toEqual(['Old Travel Notes']);
  });

  it('filters by tag, category and draft state', () => {
    expect(filterPosts(posts, { ...NO_FILTER, tag: 'travel' })).toHaveLength(2);
    expect(filterPosts(posts, { ...NO_FILTER, category: 'tech' }).map((p) => p.title)).toEqual(['New Tools']);
    expect(filterPosts(posts, { ...NO_FILTER, draft: 'drafts' }).map((p) => p.title)).toEqual(['An Idea']);
    expect(filterPosts(posts, { ...NO_FILTER, draft: 'published', tag: 'tools' }).map((p) => p.title)).toEqual(['New Tools']);
  });
});
