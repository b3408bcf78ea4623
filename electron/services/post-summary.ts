/** Reads the summary the post list shows from a post's text, with the site's own rules for drafts, tags and categories. */
import { isDraft, isFrontMatterDate, postTaxonomy, yamlVersionFor, type FrontMatterRead } from '../../shared/frontmatter';
import type { PostSummary, Problem } from '../../shared/post';
import type { SiteKind } from '../../shared/site';
import { readPost } from './front-matter-read';

function titleFromPath(relPath: string): string {
  const base = relPath.split('/').pop() ?? relPath;
  return base.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '').replace(/[-_]+/g, ' ');
}

/** Without the workspace's kind, a post under `_posts/` or `_drafts/` is Jekyll's, a `+++` or JSON block Hugo's. */
export function guessKind(relPath: string, text: string): SiteKind {
  if (/(^|\/)_(posts|drafts)\//.test(relPath)) return 'jekyll';
  return /^\ufeff?(\+\+\+|\{)/.test(text) ? 'hugo' : 'plain';
}

function dateOf(relPath: string, read: FrontMatterRead): string | null {
  const { date } = read.data;
  if (isFrontMatterDate(date)) return date.text;
  if (typeof date === 'string' && date.trim()) return date;
  return /(?:^|\/)(\d{4}-\d{1,2}-\d{1,2})-[^/]+$/.exec(relPath)?.[1] ?? null;
}

export function summarizePost(relPath: string, text: string, kind: SiteKind = guessKind(relPath, text)): PostSummary {
  const read = readPost(text, yamlVersionFor(kind));
  const problems: Problem[] = [...read.problems];
  const taxonomy = postTaxonomy(kind, relPath, read.data);
  if (taxonomy.error) problems.push({ line: read.split.block?.contentLine ?? 1, message: taxonomy.error, severity: 'error' });
  const { title } = read.data;
  return {
    path: relPath,
    title: typeof title === 'string' && title.trim() ? title : titleFromPath(relPath),
    date: dateOf(relPath, read),
    draft: isDraft(kind, relPath, read.data),
    tags: taxonomy.tags,
    categories: taxonomy.categories,
    wordCount: read.body.split(/\s+/).filter(Boolean).length,
    problems,
  };
}
