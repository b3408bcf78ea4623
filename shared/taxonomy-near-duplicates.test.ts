import { describe, expect, it } from 'vitest';
import { nearDuplicateFinder, nearDuplicateGroups, nearDuplicateKey } from './taxonomy-near-duplicates';

describe('near-duplicate terms', () => {
  it.each([
    ['JavaScript', 'javascript'],
    ['static site', 'static-site'],
    ['static_sites', 'static-site'],
    ['Categories', 'category'],
    ['boxes', 'box'],
    ['books', 'book'],
  ])('%s shares its key with %s', (a, b) => {
    expect(nearDuplicateKey(a)).toBe(nearDuplicateKey(b));
  });

  it.each([
    ['css', 'cs'],
    ['news', 'new'],
    ['bus', 'bu'],
    ['go', 'golang'],
  ])('%s and %s stay apart', (a, b) => {
    expect(nearDuplicateKey(a)).not.toBe(nearDuplicateKey(b));
  });

  it('groups variants with the most used as the survivor and says how they differ', () => {
    const groups = nearDuplicateGroups([
      { name: 'static-site', count: 9 },
      { name: 'Static Site', count: 2 },
      { name: 'static_sites', count: 1 },
      { name: 'travel', count: 30 },
      { name: 'Book', count: 1 },
      { name: 'book', count: 4 },
    ]);
    expect(groups).toEqual([
      { into: 'static-site', terms: ['static-site', 'Static Site', 'static_sites'], count: 12, differences: ['case', 'separator', 'plural'] },
      { into: 'book', terms: ['book', 'Book'], count: 5, differences: ['case'] },
    ]);
  });

  it('tells the form which existing names a new one nearly duplicates, not the name itself', () => {
    const find = nearDuplicateFinder(['Static-Site', 'travel', 'static-site']);
    expect(find('static sites')).toEqual(['Static-Site', 'static-site']);
    expect(find('static-site')).toEqual(['Static-Site']);
    expect(find('travels')).toEqual(['travel']);
    expect(find('books')).toEqual([]);
  });
});
