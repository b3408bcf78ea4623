import { memo, useEffect, useMemo, useState } from 'react';
import type { PostSummary } from '../../shared/post';
import { taxonomyCounts } from '../../shared/taxonomy-counts';
import { filterPosts, NO_FILTER, type DraftFilter, type PostFilter } from './filter-posts';
import { VirtualList } from './VirtualList';

interface Props {
  posts: PostSummary[] | null;
  selected: string | null;
  onSelect: (path: string) => void;
  /** Full-text search in main: paths of posts whose text has every word. */
  search: (query: string) => Promise<string[]>;
}

/** Full-text search waits for a pause in typing: it reads every post. */
const SEARCH_DELAY_MS = 250;

const ROW_HEIGHT = 64;

function PostRow({ post, selected, onSelect }: { post: PostSummary; selected: boolean; onSelect: (path: string) => void }) {
  const errors = post.problems.filter((p) => p.severity === 'error').length;
  return (
    <button type="button" className={selected ? 'post selected' : 'post'} onClick={() => onSelect(post.path)} title={post.path} aria-current={selected || undefined}>
      <span className="post-title">{post.title}</span>
      <span className="post-meta">
        {post.date && <time>{post.date.slice(0, 10)}</time>}
        {post.draft && <span className="badge">draft</span>}
        {errors > 0 && <span className="badge problem" title={post.problems[0]?.message}>{errors === 1 ? '1 problem' : `${errors} problems`}</span>}
        {post.tags.length > 0 && <span className="post-tags">{post.tags.join(' · ')}</span>}
      </span>
    </button>
  );
}

/** Memoized: the window re-renders on every keystroke, the post list need not. */
export const PostList = memo(function PostList({ posts, selected, onSelect, search }: Props) {
  const [filter, setFilter] = useState<PostFilter>(NO_FILTER);
  const [textMatches, setTextMatches] = useState<{ query: string; paths: ReadonlySet<string> }>({ query: '', paths: new Set() });
  const query = filter.query.trim();
  useEffect(() => {
    if (!query) return;
    let current = true;
    const timer = setTimeout(() => {
      search(query).then(
        (paths) => current && setTextMatches({ query, paths: new Set(paths) }),
        () => undefined,
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, search, posts]);
  const found = textMatches.query === query ? textMatches.paths : undefined;
  const shown = useMemo(() => filterPosts(posts ?? [], filter, found), [posts, filter, found]);
  // The filter menus list terms most used first, counted as the tag manager counts them.
  const counts = useMemo(() => taxonomyCounts(posts ?? []), [posts]);
  const tags = counts.tags.map((term) => term.name);
  const categories = counts.categories.map((term) => term.name);

  if (posts === null) return <p className="empty">Loading posts…</p>;
  if (posts.length === 0) return <p className="empty">No posts in this folder yet.</p>;
  return (
    <div className="post-browser">
      <div className="post-filters">
        <input type="search" placeholder="Search posts" aria-label="Search posts" value={filter.query} onChange={(e) => setFilter({ ...filter, query: e.target.value })} />
        <div className="filter-row">
          <select aria-label="Filter by tag" value={filter.tag ?? ''} onChange={(e) => setFilter({ ...filter, tag: e.target.value || null })}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          <select aria-label="Filter by category" value={filter.category ?? ''} onChange={(e) => setFilter({ ...filter, category: e.target.value || null })}>
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
          <select aria-label="Filter by state" value={filter.draft} onChange={(e) => setFilter({ ...filter, draft: e.target.value as DraftFilter })}>
            <option value="all">All</option>
            <option value="published">Published</option>
            <option value="drafts">Drafts</option>
          </select>
        </div>
        <div className="post-count">{shown.length === posts.length ? `${posts.length} posts` : `${shown.length} of ${posts.length} posts`}</div>
      </div>
      {shown.length === 0 ? (
        <p className="empty">No post matches these filters.</p>
      ) : (
        <VirtualList items={shown} rowHeight={ROW_HEIGHT} itemKey={(p) => p.path} label="Posts" renderItem={(post) => <PostRow post={post} selected={post.path === selected} onSelect={onSelect} />} />
      )}
    </div>
  );
});
