/** Reads the summary the post list shows from a post's text. */
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { PostSummary, Problem } from '../../shared/post';

function asList(value: unknown): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.filter((v) => v != null).map(String);
  return String(value).split(/\s+/).filter(Boolean);
}

function titleFromPath(relPath: string): string {
  const base = relPath.split('/').pop() ?? relPath;
  return base.replace(/\.[^.]+$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/[-_]+/g, ' ');
}

export function summarizePost(relPath: string, text: string): PostSummary {
  const problems: Problem[] = [];
  let data: Record<string, unknown> = {};
  let body = text;
  try {
    // Passing options keeps gray-matter from caching every file it has seen.
    const parsed = matter(text, { engines: { yaml: (src: string) => (parseYaml(src, { version: '1.1' }) ?? {}) as object } });
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    problems.push({ line: 1, message: error instanceof Error ? error.message : String(error), severity: 'error' });
  }
  const date = typeof data.date === 'string' ? data.date : (relPath.match(/(\d{4}-\d{2}-\d{2})-[^/]+$/)?.[1] ?? null);
  return {
    path: relPath,
    title: typeof data.title === 'string' && data.title.trim() ? data.title : titleFromPath(relPath),
    date,
    draft: relPath.split('/').includes('_drafts') || data.draft === true || data.published === false,
    tags: asList(data.tags),
    categories: asList(data.categories),
    wordCount: body.split(/\s+/).filter(Boolean).length,
    problems,
  };
}
