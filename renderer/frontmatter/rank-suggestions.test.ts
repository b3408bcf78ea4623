import { describe, expect, it } from 'vitest';
import { nearDuplicateGroups, nearDuplicateOf, termKey } from './near-duplicates';
import { rankSuggestions } from './rank-suggestions';

const terms = [
  { name: 'javascript', count: 3 },
  { name: 'Java', count: 12 },
  { name: 'jekyll', count: 40 },
  { name: 'front matter', count: 5 },
  { name: 'ruby', count: 8 },
];
const names = (list: { name: string }[]) => list.map((t) => t.name);

describe('rankSuggestions', () => {
  it('offers the most used terms first for an empty query', () => {
    expect(names(rankSuggestions('', terms, [], 3))).toEqual(['jekyll', 'Java', 'ruby']);
  });

  it('ranks prefix matches above inner and fuzzy ones, then by use, ignoring case', () => {
    expect(names(rankSuggestions('JA', terms))).toEqual(['Java', 'javascript']);
    expect(names(rankSuggestions('matter', terms))).toEqual(['front matter']);
    // Fuzzy: the letters in order.
    expect(names(rankSuggestions('jkl', terms))).toEqual(['jekyll']);
    expect(rankSuggestions('xyz', terms)).toEqual([]);
  });

  it('leaves out terms the post already has, whatever their case', () => {
    expect(names(rankSuggestions('j', terms, ['JEKYLL']))).not.toContain('jekyll');
  });
});

describe('near duplicates', () => {
  it('treats case, hyphens, underscores and spaces alike', () => {
    expect(termKey('Front-Matter')).toBe(termKey('front_matter'));
    expect(nearDuplicateOf('Front Matter', ['front-matter', 'yaml'])).toBe('front-matter');
    expect(nearDuplicateOf('yaml', ['yaml'])).toBeNull();
  });

  it('groups plural variants only when asked', () => {
    expect(nearDuplicateOf('tags', ['tag'])).toBeNull();
    expect(nearDuplicateOf('categories', ['Category'], true)).toBe('Category');
    expect(nearDuplicateGroups(['tool', 'Tools', 'box', 'boxes', 'css', 'yaml'])).toEqual([
      ['tool', 'Tools'],
      ['box', 'boxes'],
    ]);
  });
});
