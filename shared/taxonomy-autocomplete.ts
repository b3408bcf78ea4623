/**
 * Autocomplete for the tag and category chip inputs: case-insensitive, fuzzy, most used first.
 *
 * Terms are sorted by use once, when the matcher is built; a keystroke is then one pass over the
 * lower-cased names that drops each match into its tier (exact, prefix, word start, substring,
 * in-order letters), so every tier is already in order of use and nothing is sorted per keystroke.
 * The pass is never cut short: a rarely used exact match must still come first.
 */
import type { TermCount } from './taxonomy';
import { byUse } from './taxonomy-counts';

export interface TermSuggestion extends TermCount {
  /** Indexes in `name` of the characters the query matched, for highlighting. */
  matches: number[];
}

export interface SuggestOptions {
  /** At most this many suggestions (default 8). */
  limit?: number;
  /** Terms not to offer (those already on the post); compared exactly. */
  exclude?: ReadonlySet<string>;
}

export interface TermMatcher {
  suggest(query: string, options?: SuggestOptions): TermSuggestion[];
}

/** Tiers, best first. */
const EXACT = 0;
const PREFIX = 1;
const WORD_START = 2;
const SUBSTRING = 3;
const IN_ORDER = 4;
const TIERS = 5;

const isSeparator = (char: string | undefined) => char === undefined || /[\s\-_/.:]/.test(char);

/** Where `query` starts a word of `name` (after a space, hyphen, underscore…), or -1. */
function wordStart(name: string, query: string): number {
  for (let at = name.indexOf(query, 1); at !== -1; at = name.indexOf(query, at + 1)) {
    if (isSeparator(name[at - 1])) return at;
  }
  return -1;
}

/** The letters of `query` found in order in `name`, earliest each time; null when one is missing. */
function inOrder(name: string, query: string): number[] | null {
  const matches: number[] = [];
  let from = 0;
  for (const char of query) {
    const at = name.indexOf(char, from);
    if (at === -1) return null;
    matches.push(at);
    from = at + char.length;
  }
  return matches;
}

const range = (start: number, length: number) => Array.from({ length }, (_, i) => start + i);

function tierOf(lower: string, query: string): number {
  if (lower === query) return EXACT;
  if (lower.startsWith(query)) return PREFIX;
  if (wordStart(lower, query) !== -1) return WORD_START;
  if (lower.includes(query)) return SUBSTRING;
  return inOrder(lower, query) ? IN_ORDER : -1;
}

function matchesFor(lower: string, query: string, tier: number): number[] {
  if (tier === EXACT || tier === PREFIX) return range(0, query.length);
  if (tier === WORD_START) return range(wordStart(lower, query), query.length);
  if (tier === SUBSTRING) return range(lower.indexOf(query), query.length);
  return inOrder(lower, query) ?? [];
}

export function createTermMatcher(terms: readonly TermCount[]): TermMatcher {
  const sorted = [...terms].sort(byUse);
  const lower = sorted.map((term) => term.name.toLowerCase());
  return {
    suggest(query, { limit = 8, exclude } = {}) {
      const wanted = query.trim().toLowerCase();
      const tiers: number[][] = Array.from({ length: TIERS }, () => []);
      for (let i = 0; i < sorted.length; i++) {
        if (exclude?.has((sorted[i] as TermCount).name)) continue;
        const tier = wanted === '' ? PREFIX : tierOf(lower[i] as string, wanted);
        // A tier never needs more than `limit`: the list is in order of use already.
        if (tier !== -1 && (tiers[tier] as number[]).length < limit) (tiers[tier] as number[]).push(i);
      }
      return tiers
        .flatMap((indexes, tier) => indexes.map((i) => ({ i, tier })))
        .slice(0, limit)
        .map(({ i, tier }) => {
          const term = sorted[i] as TermCount;
          return { name: term.name, count: term.count, matches: wanted === '' ? [] : matchesFor(lower[i] as string, wanted, tier) };
        });
    },
  };
}
