import { describe, expect, it } from 'vitest';
import { dateValue, FrontMatterEditError, readFrontMatter, removeField, setField, type FrontMatterValue } from './index';

const SEED = '---\nlayout: post\ntitle: "Sahara.AI – A Promising Future, but a Tough Road Ahead"\ndate: 2024-01-29\ncategories: [AI, Blockchain]\ntags: [a, b, c]\n---\n\nBody text.\n';

/** The lines of `after` that differ from `before`, assuming the same line count. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  return after.split('\n').filter((line, i) => line !== a[i]);
}

describe('setField edits only the value, in its existing style', () => {
  const cases: [name: string, text: string, key: string, value: FrontMatterValue, expected: string][] = [
    ['a flow list stays a flow list', SEED, 'tags', ['a', 'b', 'd'], SEED.replace('tags: [a, b, c]', 'tags: [a, b, d]')],
    ['a flow list keeps its spacing', '---\ntags: [ a,b ]\n---\n', 'tags', ['a', 'c'], '---\ntags: [ a,c ]\n---\n'],
    ['a block list keeps its indentation, dash column and comments', '---\ntags:\n    - a # first\n    - b\ntitle: T\n---\n', 'tags', ['a', 'c', 'b'], '---\ntags:\n    - a # first\n    - c\n    - b\ntitle: T\n---\n'],
    ['a block list at column 0', '---\ntags:\n- a\n- b\n---\n', 'tags', ['b'], '---\ntags:\n- b\n---\n'],
    ['a double-quoted title stays double-quoted', SEED, 'title', 'New: title', SEED.replace(/^title: .*$/m, 'title: "New: title"')],
    ['a single-quoted title stays single-quoted', "---\ntitle: 'Old'\n---\n", 'title', "It's new", "---\ntitle: 'It''s new'\n---\n"],
    ['a plain title stays plain when it can', '---\ntitle: Old\n---\n', 'title', 'New one', '---\ntitle: New one\n---\n'],
    ['a plain title is quoted when plain would change its meaning', '---\ntitle: Old\n---\n', 'title', 'yes: no', "---\ntitle: 'yes: no'\n---\n"],
    ['a comment after the value stays', '---\ntitle: Old # keep me\nx: 1\n---\n', 'title', 'New', '---\ntitle: New # keep me\nx: 1\n---\n'],
    ['an empty value is filled', '---\ntags:\ntitle: T\n---\n', 'tags', ['a'], '---\ntags: [a]\ntitle: T\n---\n'],
    ['a block scalar stays a block scalar', '---\nsummary: |\n  one\n  two\nx: 1\n---\n', 'summary', 'three\nfour\n', '---\nsummary: |\n  three\n  four\nx: 1\n---\n'],
    ['a new key is appended at the end of the block', '---\ntitle: T\n---\nBody', 'draft', true, '---\ntitle: T\ndraft: true\n---\nBody'],
    ['a new key uses the CRLF of the file', '---\r\ntitle: T\r\n---\r\nBody\r\n', 'tags', ['a', 'b'], '---\r\ntitle: T\r\ntags: [a, b]\r\n---\r\nBody\r\n'],
    ['a block list item uses the CRLF of the file', '---\r\ntags:\r\n  - a\r\n---\r\n', 'tags', ['a', 'b'], '---\r\ntags:\r\n  - a\r\n  - b\r\n---\r\n'],
    ['a block keeps its BOM', '\ufeff---\ntitle: T\n---\n', 'title', 'U', '\ufeff---\ntitle: U\n---\n'],
    ['an empty block gets its first key', '---\n---\nBody', 'title', 'T', '---\ntitle: T\n---\nBody'],
    ['a post without front matter gets a block', 'Body\n', 'title', 'T', '---\ntitle: T\n---\nBody\n'],
    ['a block closed by ... keeps its closing line', '---\ntitle: T\n...\nBody', 'title', 'U', '---\ntitle: U\n...\nBody'],
    ['a duplicated key: only the last one (the one that wins) changes', '---\ntitle: A\ntitle: B\n---\n', 'title', 'C', '---\ntitle: A\ntitle: C\n---\n'],
    ['a string that looks like a date is quoted', '---\nslug: x\n---\n', 'slug', '2024-01-29', "---\nslug: '2024-01-29'\n---\n"],
    ['TOML: only the key line changes', '+++\ntitle = "T" # c\ntags = ["a"]\n\n[params]\nx = 1\n+++\n', 'tags', ['a', 'b'], '+++\ntitle = "T" # c\ntags = ["a", "b"]\n\n[params]\nx = 1\n+++\n'],
    ['TOML: a literal string stays literal and its comment stays', "+++\ntitle = 'T' # c\n+++\n", 'title', 'U', "+++\ntitle = 'U' # c\n+++\n"],
    ['TOML: a new key goes before the first table', '+++\ntitle = "T"\n\n[params]\nx = 1\n+++\n', 'draft', true, '+++\ntitle = "T"\ndraft = true\n\n[params]\nx = 1\n+++\n'],
  ];
  for (const [name, text, key, value, expected] of cases) {
    it(name, () => {
      const result = setField(text, key, value, { yamlVersion: '1.1' });
      expect(result).toBe(expected);
      expect(readFrontMatter(result, { yamlVersion: '1.1' }).data[key]).toEqual(value);
    });
  }

  it('changes exactly one line of the seed-style post when its tags are set', () => {
    const result = setField(SEED, 'tags', ['a', 'b', 'c', 'd'], { yamlVersion: '1.1' });
    expect(changedLines(SEED, result)).toEqual(['tags: [a, b, c, d]']);
  });

  it('gives identical bytes when a field is set to its current value', () => {
    for (const [key, value] of Object.entries(readFrontMatter(SEED, { yamlVersion: '1.1' }).data)) {
      expect(setField(SEED, key, value, { yamlVersion: '1.1' })).toBe(SEED);
    }
  });
});

describe('dates are rewritten only when changed, in the same style', () => {
  it.each([
    ['2024-01-29', { year: 2024, month: 2, day: 3 }, '2024-02-03'],
    ['2010-01-10 13:07:09 +05:30', { year: 2010, month: 1, day: 11, time: { hour: 9, minute: 0, second: 0 }, offset: '+05:30' }, '2010-01-11 09:00:00 +05:30'],
    ['2010-01-10T13:07:09-0800', { year: 2010, month: 1, day: 11, time: { hour: 9, minute: 0, second: 0 }, offset: '-08:00' }, '2010-01-11T09:00:00-0800'],
    ['"2024-01-29"', { year: 2024, month: 3, day: 1 }, '"2024-03-01"'],
  ])('%s', (written, parts, expected) => {
    const text = `---\ndate: ${written}\ntitle: T\n---\n`;
    const previous = readFrontMatter(text).data.date;
    const value = dateValue(parts, typeof previous === 'object' && previous !== null && !Array.isArray(previous) && previous.kind === 'date' ? (previous as never) : null);
    expect(setField(text, 'date', value)).toBe(`---\ndate: ${expected}\ntitle: T\n---\n`);
  });
});

describe('removeField removes only the key lines', () => {
  it.each([
    ['a scalar with a comment', '---\na: 1 # c\nb: 2\n---\n', 'a', '---\nb: 2\n---\n'],
    ['a block list', '---\na: 1\ntags:\n  - x\n  - y\nb: 2\n---\n', 'tags', '---\na: 1\nb: 2\n---\n'],
    ['a TOML key', '+++\na = 1\nb = [\n  1,\n]\nc = 3\n+++\n', 'b', '+++\na = 1\nc = 3\n+++\n'],
  ])('%s', (_name, text, key, expected) => {
    expect(removeField(text, key)).toBe(expected);
  });
});

describe('a block that cannot be parsed is never rewritten', () => {
  it('refuses the edit with the problem and its line', () => {
    const text = '---\ntitle: Hi\ntags: [a, b\n---\nBody\n';
    expect(() => setField(text, 'title', 'New')).toThrow(FrontMatterEditError);
    try {
      setField(text, 'title', 'New');
    } catch (error) {
      expect((error as FrontMatterEditError).problems[0]?.line).toBeGreaterThanOrEqual(3);
    }
    expect(() => removeField(text, 'title')).toThrow(FrontMatterEditError);
  });

  it('refuses to edit JSON front matter rather than re-serialize it', () => {
    expect(() => setField('{\n"title": "T"\n}\n', 'title', 'U')).toThrow(FrontMatterEditError);
  });
});
