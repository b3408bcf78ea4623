import type { PostSummary } from '../../shared/post';

interface Props {
  posts: PostSummary[] | null;
  selected: string | null;
  onSelect: (path: string) => void;
}

export function PostList({ posts, selected, onSelect }: Props) {
  if (posts === null) return <p className="empty">Loading posts…</p>;
  if (posts.length === 0) return <p className="empty">No posts in this folder yet.</p>;
  return (
    <ul className="post-list" aria-label="Posts">
      {posts.map((post) => (
        <li key={post.path}>
          <button type="button" className={post.path === selected ? 'post selected' : 'post'} onClick={() => onSelect(post.path)} title={post.path}>
            <span className="post-title">{post.title}</span>
            <span className="post-meta">
              {post.date && <time>{post.date.slice(0, 10)}</time>}
              {post.draft && <span className="badge">draft</span>}
            </span>
            {post.tags.length > 0 && (
              <span className="post-tags">
                {post.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
