/**
 * Tag and category counts from the post list: each post counts once per term it carries, with the
 * terms the index already read by the site engine's rules (drafts and unpublished posts included).
 */
import type { PostSummary } from './post';
import type { TaxonomyCounts, TaxonomyKind, TermCount, TermUse } from './taxonomy';

/** Most used first, then by name (code points, so `Foo` and `foo` keep a stable order). */
export function byUse(a: TermCount, b: TermCount): number {
  return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function uses(posts: readonly PostSummary[], kind: TaxonomyKind): TermUse[] {
  const byName = new Map<string, string[]>();
  for (const post of posts) {
    for (const name of post[kind]) {
      const list = byName.get(name);
      if (list) list.push(post.path);
      else byName.set(name, [post.path]);
    }
  }
  return [...byName].map(([name, paths]) => ({ name, count: paths.length, posts: paths })).sort(byUse);
}

export function taxonomyCounts(posts: readonly PostSummary[]): TaxonomyCounts {
  return { tags: uses(posts, 'tags'), categories: uses(posts, 'categories') };
}
