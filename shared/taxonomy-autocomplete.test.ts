import { describe, expect, it } from 'vitest';
import { createTermMatcher } from './taxonomy-autocomplete';

const TERMS = [
  { name: 'javascript', count: 40 },
  { name: 'Java', count: 3 },
  { name: 'static-site', count: 12 },
  { name: 'jekyll', count: 25 },
  { name: 'web-javascript', count: 50 },
  { name: 'travel', count: 8 },
];
const names = (query: string, options?: Parameters<ReturnType<typeof createTermMatcher>['suggest']>[1]) =>
  createTermMatcher(TERMS)
    .suggest(query, options)
    .map((s) => s.name);

describe('createTermMatcher', () => {
  it('offers the most used terms for an empty query', () => {
    expect(names('', { limit: 3 })).toEqual(['web-javascript', 'javascript', 'jekyll']);
  });

  it('ranks an exact match, then prefixes, word starts, substrings and letters in order, each by use', () => {
    expect(names('java')).toEqual(['Java', 'javascript', 'web-javascript']);
    expect(names('s')).toEqual(['static-site', 'web-javascript', 'javascript']);
    expect(names('jkl')).toEqual(['jekyll']);
  });

  it('ignores case and surrounding spaces, and reports the matched characters for highlighting', () => {
    const [first] = createTermMatcher(TERMS).suggest('  SITE ');
    expect(first).toEqual({ name: 'static-site', count: 12, matches: [7, 8, 9, 10] });
    expect(createTermMatcher(TERMS).suggest('jkl')[0]?.matches).toEqual([0, 2, 4]);
  });

  it('leaves out terms already on the post and stops at the limit', () => {
    expect(names('a', { exclude: new Set(['web-javascript', 'javascript']), limit: 2 })).toEqual(['static-site', 'travel']);
  });

  it('finds nothing for letters no term has in that order', () => {
    expect(names('zq')).toEqual([]);
  });
});
