/** The fast field scan: what it reads, and the shapes it leaves to the full reader. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter, scanFields, splitPost } from './index';

const WANTED = new Set(['title', 'date', 'draft', 'published', 'tags', 'categories']);

function scan(content: string) {
  const text = `---\n${content}\n---\nBody\n`;
  const { block } = splitPost(text);
  return scanFields(text, block as NonNullable<typeof block>, WANTED);
}

describe('scanFields', () => {
  it('reads the wanted fields of simple shapes, and nothing else', () => {
    const content = [
      "title: 'it''s: fine' # a comment",
      '# a comment line',
      '',
      'date: 2024-01-29 10:00:00 +05:30',
      'tags  : [a, "b, c", 42, \'d\']',
      'categories:',
      '- essays',
      '-',
      '  # between items',
      '- "x # y"',
      'layout: post',
      'published: false',
    ].join('\n');
    expect(scan(content)).toEqual({
      title: "it's: fine",
      date: { kind: 'date', text: '2024-01-29 10:00:00 +05:30', iso: '2024-01-29T10:00:00+05:30', offset: '+05:30' },
      tags: ['a', 'b, c', 42, 'd'],
      categories: ['essays', null, 'x # y'],
      published: false,
    });
  });

  it('reads what the full reader reads for the same block', () => {
    const content = 'title: "Tab\\there \\"quoted\\""\ndraft: true\ntags:\n  - 1.5\n  - ~\n  - plain text # note\ndate: 2024-1-5';
    const full = readFrontMatter(`---\n${content}\n---\n`).data;
    expect(scan(content)).toEqual({ title: full.title, draft: full.draft, tags: full.tags, date: full.date });
  });

  it.each([
    ['an anchor', 'title: &t A'],
    ['an alias', 'x: &t A\ntitle: *t'],
    ['a tag', 'title: !!str 1'],
    ['a literal block scalar', 'title: |\n  A'],
    ['a folded block scalar', 'title: >-\n  A'],
    ['a multi-line plain scalar', 'title: A\n  B'],
    ['a multi-line flow list', 'tags: [a,\n  b]'],
    ['a multi-line quoted scalar', 'title: "A\n  B"'],
    ['a nested map', 'author:\n  name: A'],
    ['a flow map', 'tags: {a: 1}'],
    ['an escape it does not read', 'title: "\\u00e9"'],
    ['a duplicate key', 'title: A\ntitle: B'],
    ['a tab', 'title:\tA'],
    ['yes as a boolean', 'draft: yes'],
    ['on as a boolean', 'published: on'],
    ['a sexagesimal number', 'tags: [1:30]'],
    ['a hexadecimal number', 'title: 0x1f'],
    ['a leading-zero number', 'title: 007'],
    ['an exponent', 'title: 1e3'],
    ['an indented block', '  title: A'],
    ['a key without a space after the colon', 'title:A'],
    ['a nested mapping in a value', 'title: a: b'],
    ['a quoted key', '"title": A'],
    ['a top-level list', '- a'],
    ['a trailing comma', 'tags: [a, ]'],
    ['a NEL line break', 'title: A\u0085B'],
  ])('declines %s', (_, content) => {
    expect(scan(content)).toBeNull();
  });

  it('checks the shape of fields it does not type', () => {
    expect(scan('weight: 0x1f\ncomments: yes\ntitle: A')).toEqual({ title: 'A' });
    expect(scan('extra: [a,\n  b]\ntitle: A')).toBeNull();
  });
});
