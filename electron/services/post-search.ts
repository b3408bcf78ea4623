/**
 * Full-text search over the posts: every word of the query must appear in the file
 * (case-insensitive). Files are read on demand rather than kept in memory, since a search is
 * rare and ten thousand bodies are a lot to hold.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit } from './map-limit';

/** The query's words, lower-cased; empty when there is nothing to search for. */
export function searchTerms(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

export async function searchPosts(root: string, paths: readonly string[], query: string): Promise<string[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const hits = await mapLimit(paths, 32, async (rel) => {
    const text = await readFile(path.join(root, rel), 'utf8').catch(() => '');
    const lower = text.toLocaleLowerCase();
    return terms.every((term) => lower.includes(term));
  });
  return paths.filter((_, i) => hits[i]);
}
