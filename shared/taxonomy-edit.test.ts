import { describe, expect, it } from 'vitest';
import type { SiteKind } from './site';
import type { TaxonomyOperation } from './taxonomy';
import { lineDiff } from './line-diff';
import { editPostTerms, termMapping } from './taxonomy-edit';

const POST = '_posts/2024-01-01-a.md';
const edit = (text: string, operation: TaxonomyOperation, site: SiteKind = 'jekyll', path = POST) => editPostTerms(site, path, text, termMapping(operation));
const rename = (from: string, to: string, kind: 'tags' | 'categories' = 'tags'): TaxonomyOperation => ({ type: 'rename', kind, from, to });

describe('editPostTerms', () => {
  it.each<[string, string, TaxonomyOperation, string]>([
    ['a flow list keeps its spacing and comment', '---\ntags: [ Foo,  bar ] # c\n---\n', rename('Foo', 'foo'), '---\ntags: [ foo,  bar ] # c\n---\n'],
    ['a block list keeps the other items and their comments', '---\ntags:\n  - a # one\n  - Foo\n---\n', rename('Foo', 'foo'), '---\ntags:\n  - a # one\n  - foo\n---\n'],
    ['a whitespace string stays a string with its spacing', '---\ntags: "x  Foo\ty"\n---\n', rename('Foo', 'foo'), '---\ntags: "x  foo\\ty"\n---\n'],
    ['a name with a space turns a whitespace string into a list', '---\ntags: x Foo\n---\n', rename('Foo', 'two words'), '---\ntags: [x, two words]\n---\n'],
    ['a truthy `tag` is edited, the `tags` it hides are not', '---\ntag: Foo\ntags: [Foo]\n---\n', rename('Foo', 'foo'), '---\ntag: foo\ntags: [Foo]\n---\n'],
    ['a number tag is renamed by its text', '---\ntags: [2013, x]\n---\n', rename('2013', 'y2013'), '---\ntags: [y2013, x]\n---\n'],
    ['`categories` and `category` both', '---\ncategories: [a, b]\ncategory: a\n---\n', rename('a', 'c', 'categories'), '---\ncategories: [c, b]\n---\n'],
    ['CRLF stays', '---\r\ntags: [Foo]\r\n---\r\nBody\r\n', rename('Foo', 'foo'), '---\r\ntags: [foo]\r\n---\r\nBody\r\n'],
    ['merging into a name the post has drops the others', '---\ntags: [a, c, b]\n---\n', { type: 'merge', kind: 'tags', from: ['a', 'b'], into: 'c' }, '---\ntags: [c]\n---\n'],
    ['merging two the post has keeps one, where the first was', '---\ntags: [x, a, y, b]\n---\n', { type: 'merge', kind: 'tags', from: ['a', 'b'], into: 'c' }, '---\ntags: [x, c, y]\n---\n'],
    ['deleting the last word of a string removes the field', '---\ntitle: T\ntags: gone\n---\n', { type: 'delete', kind: 'tags', terms: ['gone'] }, '---\ntitle: T\n---\n'],
    ['deleting from a list keeps an empty list', '---\ntags: [gone]\n---\n', { type: 'delete', kind: 'tags', terms: ['gone'] }, '---\ntags: []\n---\n'],
  ])('%s', (_, text, operation, expected) => {
    expect(edit(text, operation).text).toBe(expected);
  });

  it('edits Hugo TOML and treats a lone string as one term', () => {
    expect(edit('+++\ntags = ["Go", "web"]\n+++\n', rename('Go', 'go'), 'hugo', 'content/posts/a.md').text).toBe('+++\ntags = ["go", "web"]\n+++\n');
    expect(edit('---\ntags: two words\n---\n', rename('two words', 'one'), 'hugo', 'content/posts/a.md').text).toBe('---\ntags: one\n---\n');
  });

  it('reports a folder category, editing what front matter it can', () => {
    const result = edit('---\ncategories: [blog, x]\n---\n', rename('blog', 'news', 'categories'), 'jekyll', 'blog/_posts/2024-01-01-a.md');
    expect(result.text).toBe('---\ncategories: [news, x]\n---\n');
    expect(result.unresolved?.reason).toBe('folder');
  });

  it('refuses to expose hidden `tags` by deleting the last `tag`', () => {
    const text = '---\ntag: solo\ntags: [a]\n---\n';
    expect(edit(text, { type: 'delete', kind: 'tags', terms: ['solo'] })).toEqual({ text, fields: [], unresolved: { reason: 'shadowed', message: expect.any(String) } });
  });

  it('leaves a block it cannot parse as it is', () => {
    const text = '---\ntags: [Foo\ntitle: x: y\n---\n';
    expect(edit(text, rename('Foo', 'foo')).text).toBe(text);
  });

  it('does nothing to a post without the term', () => {
    const text = '---\ntags: [a]\n---\n';
    expect(edit(text, rename('b', 'c'))).toEqual({ text, fields: [], unresolved: null });
  });
});

describe('lineDiff', () => {
  it('shows a changed line as removed then added, with context, in separate hunks when far apart', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].join('\n') + '\n';
    const after = before.replace('b\n', 'B\n').replace('h\n', 'H\nH2\n');
    expect(lineDiff(before, after, 1)).toEqual([
      { oldStart: 1, oldLines: 3, newStart: 1, newLines: 3, lines: [{ type: ' ', text: 'a' }, { type: '-', text: 'b' }, { type: '+', text: 'B' }, { type: ' ', text: 'c' }] },
      { oldStart: 7, oldLines: 3, newStart: 7, newLines: 4, lines: [{ type: ' ', text: 'g' }, { type: '-', text: 'h' }, { type: '+', text: 'H' }, { type: '+', text: 'H2' }, { type: ' ', text: 'i' }] },
    ]);
    expect(lineDiff(before, before)).toEqual([]);
  });
});
