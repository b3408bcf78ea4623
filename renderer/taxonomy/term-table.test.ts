import { describe, expect, it } from 'vitest';
import type { TermUse } from '../../shared/taxonomy';
import { describeOperation, operationFor, visibleTerms } from './term-table';

const terms: TermUse[] = [
  { name: 'jekyll', count: 4, posts: [] },
  { name: 'Hugo', count: 2, posts: [] },
  { name: 'hugo', count: 2, posts: [] },
  { name: 'yaml', count: 9, posts: [] },
];
const names = (list: TermUse[]) => list.map((t) => t.name);

describe('visibleTerms', () => {
  it('sorts by use either way and by name, ties by name', () => {
    expect(names(visibleTerms(terms, '', 'most'))).toEqual(['yaml', 'jekyll', 'Hugo', 'hugo']);
    expect(names(visibleTerms(terms, '', 'least'))).toEqual(['Hugo', 'hugo', 'jekyll', 'yaml']);
    expect(names(visibleTerms(terms, '', 'name'))).toEqual(['Hugo', 'hugo', 'jekyll', 'yaml']);
  });

  it('filters case-insensitively without touching the input list', () => {
    expect(names(visibleTerms(terms, ' HU ', 'most'))).toEqual(['Hugo', 'hugo']);
    expect(names(terms)).toEqual(['jekyll', 'Hugo', 'hugo', 'yaml']);
  });
});

describe('operationFor', () => {
  it('builds rename, merge and delete operations from the checked terms', () => {
    expect(operationFor('rename', 'tags', ['Hugo'], ' hugo ')).toEqual({ type: 'rename', kind: 'tags', from: 'Hugo', to: 'hugo' });
    expect(operationFor('merge', 'categories', ['Hugo', 'hugo', 'jekyll'], 'hugo')).toEqual({ type: 'merge', kind: 'categories', from: ['Hugo', 'jekyll'], into: 'hugo' });
    expect(operationFor('delete', 'tags', ['yaml'], '')).toEqual({ type: 'delete', kind: 'tags', terms: ['yaml'] });
  });

  it('says what is missing instead of building a useless operation', () => {
    expect(operationFor('rename', 'tags', [], 'x')).toMatch(/Check/);
    expect(operationFor('rename', 'tags', ['a', 'b'], 'x')).toMatch(/one term/);
    expect(operationFor('rename', 'tags', ['a'], 'a')).toMatch(/same/);
    expect(operationFor('merge', 'tags', ['a'], ' ')).toMatch(/Type/);
    expect(operationFor('merge', 'tags', ['a'], 'a')).toMatch(/other term/);
  });

  it('describes an operation for the preview', () => {
    expect(describeOperation({ type: 'merge', kind: 'tags', from: ['a', 'b'], into: 'c' })).toBe('Merge the tags “a”, “b” into “c”');
    expect(describeOperation({ type: 'delete', kind: 'categories', terms: ['x'] })).toBe('Delete the category “x”');
  });
});
