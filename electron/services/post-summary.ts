/**
 * Reads the summary the post list shows from a post's text, with the site's own rules for drafts,
 * tags and categories. Most posts are read by a fast scan of the few fields the list needs; a post
 * the scan declines is read fully (the `yaml` Document, gray-matter's check), which is also the
 * reference the fast scan is tested against.
 */
import { isDraft, isFrontMatterDate, postTaxonomy, scanFields, splitPost, yamlVersionFor, type FrontMatterData, type SplitPost } from '../../shared/frontmatter';
import type { PostSummary, Problem } from '../../shared/post';
import type { SiteKind } from '../../shared/site';
import { countWords } from '../../shared/text-stats';
import { readPost } from './front-matter-read';

/** Every front-matter field `summarize` reads (with the site semantics it calls). */
const SUMMARY_FIELDS: ReadonlySet<string> = new Set(['title', 'date', 'draft', 'published', 'tags', 'tag', 'categories', 'category']);

function titleFromPath(relPath: string): string {
  const base = relPath.split('/').pop() ?? relPath;
  return base.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '').replace(/[-_]+/g, ' ');
}

/** Without the workspace's kind, a post under `_posts/` or `_drafts/` is Jekyll's, a `+++` or JSON block Hugo's. */
export function guessKind(relPath: string, text: string): SiteKind {
  if (/(^|\/)_(posts|drafts)\//.test(relPath)) return 'jekyll';
  return /^\ufeff?(\+\+\+|\{)/.test(text) ? 'hugo' : 'plain';
}

function dateOf(relPath: string, data: FrontMatterData): string | null {
  const { date } = data;
  if (isFrontMatterDate(date)) return date.text;
  if (typeof date === 'string' && date.trim()) return date;
  return /(?:^|\/)(\d{4}-\d{1,2}-\d{1,2})-[^/]+$/.exec(relPath)?.[1] ?? null;
}

/** What both readers hand over: the data, the reader's problems, and where the block and the body are. */
interface SummaryRead {
  data: FrontMatterData;
  problems: Problem[];
  split: SplitPost;
}

function summarize(relPath: string, text: string, kind: SiteKind, { data, problems: readProblems, split }: SummaryRead): PostSummary {
  const problems = [...readProblems];
  const taxonomy = postTaxonomy(kind, relPath, data);
  if (taxonomy.error) problems.push({ line: split.block?.contentLine ?? 1, message: taxonomy.error, severity: 'error' });
  const { title } = data;
  return {
    path: relPath,
    title: typeof title === 'string' && title.trim() ? title : titleFromPath(relPath),
    date: dateOf(relPath, data),
    draft: isDraft(kind, relPath, data),
    tags: taxonomy.tags,
    categories: taxonomy.categories,
    // The status bar counts the same way, so the list and the editor agree.
    wordCount: countWords(text.slice(split.bodyStart)),
    problems,
  };
}

/** The summary from the full reader. */
export function summarizeFully(relPath: string, text: string, kind: SiteKind): PostSummary {
  return summarize(relPath, text, kind, readPost(text, yamlVersionFor(kind)));
}

/** The summary from the fast scan, or null when the scan declines the post (TOML, JSON, or a shape it does not know). */
export function summarizeQuickly(relPath: string, text: string, kind: SiteKind): PostSummary | null {
  const split = splitPost(text);
  const { block } = split;
  if (block && block.format !== 'yaml') return null;
  const data = block ? scanFields(text, block, SUMMARY_FIELDS) : {};
  return data && summarize(relPath, text, kind, { data, problems: [], split });
}

export function summarizePost(relPath: string, text: string, kind: SiteKind = guessKind(relPath, text)): PostSummary {
  return summarizeQuickly(relPath, text, kind) ?? summarizeFully(relPath, text, kind);
}
