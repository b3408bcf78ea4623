/**
 * Terms that are probably the same term written twice: `JavaScript` and `javascript`,
 * `static-site`, `static_site` and `static site`, `book` and `books`. The manager suggests merging
 * them; the form warns before a new tag joins such a group.
 */
import type { TermCount } from './taxonomy';
import { byUse } from './taxonomy-counts';

/** How two names of one group differ. */
export type NearDuplicateDifference = 'case' | 'separator' | 'plural';

export interface NearDuplicateGroup {
  /** The suggested survivor: the most used of the group. */
  into: string;
  /** Every name of the group, most used first (`into` included). */
  terms: string[];
  /** Posts carrying any of them (a post with two of them counts twice). */
  count: number;
  differences: NearDuplicateDifference[];
}

/** English plural endings, longest first; a name shorter than `min` keeps its ending (`bus`, `yes`). */
const PLURALS: { ending: string; singular: string; min: number }[] = [
  { ending: 'ies', singular: 'y', min: 5 },
  { ending: 'sses', singular: 'ss', min: 5 },
  { ending: 'shes', singular: 'sh', min: 5 },
  { ending: 'ches', singular: 'ch', min: 5 },
  { ending: 'xes', singular: 'x', min: 4 },
  { ending: 's', singular: '', min: 4 },
];
/** Endings and words that are not plurals: `class`, `status`, `analysis`, `macos`, `analytics`, `news`. */
const KEEP = /(ss|us|is|os|ics)$/;
const INVARIANT = new Set(['news', 'series', 'species', 'lens', 'canvas', 'gas', 'bias', 'alias', 'kubernetes', 'rss', 'aws', 'less', 'sass']);

function singular(word: string): string {
  if (KEEP.test(word) || INVARIANT.has(word)) return word;
  const rule = PLURALS.find((p) => word.length >= p.min && word.endsWith(p.ending));
  return rule ? word.slice(0, word.length - rule.ending.length) + rule.singular : word;
}

const separated = (name: string) => name.trim().split(/[\s_-]+/).filter(Boolean);

/** The form all near-duplicates share: lower case, one separator, last word singular. */
export function nearDuplicateKey(name: string): string {
  const words = separated(name.toLowerCase());
  const last = words.pop();
  return last === undefined ? '' : [...words, singular(last)].join('-');
}

function differences(names: string[]): NearDuplicateDifference[] {
  const size = (items: string[]) => new Set(items).size;
  const joined = names.map((name) => separated(name).join('-'));
  const lowered = joined.map((name) => name.toLowerCase());
  const found: NearDuplicateDifference[] = [];
  if (size(joined) > size(lowered)) found.push('case');
  if (size(names.map((name) => name.toLowerCase())) > size(lowered)) found.push('separator');
  if (size(lowered) > 1) found.push('plural');
  return found;
}

/** Groups of two or more names with the same key, the most used groups first. */
export function nearDuplicateGroups(terms: readonly TermCount[]): NearDuplicateGroup[] {
  const groups = new Map<string, TermCount[]>();
  for (const term of terms) {
    const key = nearDuplicateKey(term.name);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(term);
    else groups.set(key, [term]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const sorted = [...group].sort(byUse);
      const names = sorted.map((t) => t.name);
      return { into: names[0] as string, terms: names, count: sorted.reduce((n, t) => n + t.count, 0), differences: differences(names) };
    })
    .sort((a, b) => b.count - a.count || (a.into < b.into ? -1 : 1));
}

/**
 * A lookup for the form: which existing names a new one nearly duplicates (same key, different
 * text). Built once per workspace's terms; each lookup is one map access.
 */
export function nearDuplicateFinder(names: Iterable<string>): (name: string) => string[] {
  const byKey = new Map<string, string[]>();
  for (const name of names) {
    const key = nearDuplicateKey(name);
    if (key === '') continue;
    const list = byKey.get(key);
    if (list) list.push(name);
    else byKey.set(key, [name]);
  }
  return (name) => (byKey.get(nearDuplicateKey(name)) ?? []).filter((existing) => existing !== name);
}
