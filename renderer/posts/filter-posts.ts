import type { PostSummary } from '../../shared/post';

export type DraftFilter = 'all' | 'drafts' | 'published';

export interface PostFilter {
  /** Words that must all appear in the title, path, tags or categories (case-insensitive). */
  query: string;
  tag: string | null;
  category: string | null;
  draft: DraftFilter;
}

export const NO_FILTER: PostFilter = { query: '', tag: null, category: null, draft: 'all' };

/**
 * The posts the list shows, newest first (undated last, then by path). `textMatches` are the posts
 * whose text matched the query in a full-text search; they are shown too.
 */
export function filterPosts(posts: readonly PostSummary[], filter: PostFilter, textMatches: ReadonlySet<string> = new Set()): PostSummary[] {
  const terms = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matches = posts.filter((post) => {
    if (filter.draft === 'drafts' && !post.draft) return false;
    if (filter.draft === 'published' && post.draft) return false;
    if (filter.tag !== null && !post.tags.includes(filter.tag)) return false;
    if (filter.category !== null && !post.categories.includes(filter.category)) return false;
    if (terms.length === 0 || textMatches.has(post.path)) return true;
    const haystack = [post.title, post.path, ...post.tags, ...post.categories].join('\n').toLocaleLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
  return matches.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.path.localeCompare(b.path));
}
