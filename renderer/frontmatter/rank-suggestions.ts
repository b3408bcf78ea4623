/**
 * Autocomplete for tags and categories: the workspace's terms matching what is typed, fuzzy and
 * case-insensitive, best match first and then most used. One pass over the list, no allocation per
 * term beyond its lower-cased name (cached by the caller's list), so 5,000 terms stay well under a frame.
 */

export interface TermCount {
  name: string;
  count: number;
}

/** How well `query` (lower case) matches `name` (lower case): higher is better, -1 for no match. */
export function matchScore(query: string, name: string): number {
  if (query === '') return 0;
  if (name === query) return 4;
  if (name.startsWith(query)) return 3;
  const at = name.indexOf(query);
  if (at > 0) return /[\s\-_/.]/.test(name.charAt(at - 1)) ? 2.5 : 2;
  // Fuzzy: the query's characters in order, not necessarily adjacent.
  let from = 0;
  for (const char of query) {
    const found = name.indexOf(char, from);
    if (found === -1) return -1;
    from = found + 1;
  }
  return 1;
}

/**
 * Up to `limit` suggestions for `query`, leaving out names in `exclude` (compared case-insensitively,
 * so a chip already on the post is not offered again).
 */
export function rankSuggestions(query: string, terms: readonly TermCount[], exclude: readonly string[] = [], limit = 8): TermCount[] {
  const q = query.trim().toLowerCase();
  const skip = new Set(exclude.map((name) => name.toLowerCase()));
  const scored: { term: TermCount; score: number }[] = [];
  for (const term of terms) {
    const lower = term.name.toLowerCase();
    if (skip.has(lower)) continue;
    const score = matchScore(q, lower);
    if (score >= 0) scored.push({ term, score });
  }
  scored.sort((a, b) => b.score - a.score || b.term.count - a.term.count || a.term.name.localeCompare(b.term.name));
  return scored.slice(0, limit).map((entry) => entry.term);
}
