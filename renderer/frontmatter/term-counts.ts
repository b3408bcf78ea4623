/** The workspace's tags or categories with the number of posts using each, most used first. */
import type { PostSummary } from '../../shared/post';
import type { TermCount } from './rank-suggestions';

export function countTerms(posts: readonly PostSummary[], pick: (post: PostSummary) => readonly string[]): TermCount[] {
  const counts = new Map<string, number>();
  for (const post of posts) for (const name of new Set(pick(post))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
