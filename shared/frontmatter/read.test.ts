import { describe, expect, it } from 'vitest';
import { readFrontMatter, splitPost } from './index';

describe('splitPost and readFrontMatter find the block', () => {
  const cases: [name: string, text: string, format: string | null, data: Record<string, unknown>, body: string][] = [
    ['YAML', '---\ntitle: Hi\n---\nBody\n', 'yaml', { title: 'Hi' }, 'Body\n'],
    ['YAML closed by ... as Jekyll accepts', '---\ntitle: Hi\n...\nBody\n', 'yaml', { title: 'Hi' }, 'Body\n'],
    ['TOML as Hugo writes it', '+++\ntitle = "Hi"\ndraft = true\n+++\nBody\n', 'toml', { title: 'Hi', draft: true }, 'Body\n'],
    ['JSON object', '{\n  "title": "Hi"\n}\nBody\n', 'json', { title: 'Hi' }, 'Body\n'],
    ['a UTF-8 BOM', '\ufeff---\ntitle: Hi\n---\nBody\n', 'yaml', { title: 'Hi' }, 'Body\n'],
    ['CRLF line endings', '---\r\ntitle: Hi\r\n---\r\nBody\r\n', 'yaml', { title: 'Hi' }, 'Body\r\n'],
    ['no final newline', '---\ntitle: Hi\n---', 'yaml', { title: 'Hi' }, ''],
    ['an empty block', '---\n---\nBody', 'yaml', {}, 'Body'],
    ['no block', 'Just text\n---\n', null, {}, 'Just text\n---\n'],
    ['an unclosed fence (read as body, as Jekyll does)', '---\ntitle: Hi\n', null, {}, '---\ntitle: Hi\n'],
    ['trailing spaces on the fences', '---  \ntitle: Hi\n---  \nBody', 'yaml', { title: 'Hi' }, 'Body'],
    ['a --- inside a value', '---\ntitle: Foo --- Bar\n---\nBody', 'yaml', { title: 'Foo --- Bar' }, 'Body'],
  ];
  for (const [name, text, format, data, body] of cases) {
    it(`reads ${name}`, () => {
      const read = readFrontMatter(text);
      expect(read.format).toBe(format);
      expect(read.data).toEqual(data);
      expect(read.problems).toEqual([]);
      expect(text.slice(splitPost(text).bodyStart)).toBe(body);
    });
  }

  it('reports the file line ending and the BOM', () => {
    expect(splitPost('\ufeff---\r\na: 1\r\n---\r\n')).toMatchObject({ hasBom: true, eol: '\r\n' });
  });
});

describe('dates keep their text', () => {
  it.each([
    ['2024-01-29', '2024-01-29', null],
    ['2010-01-10 13:07:09 +05:30', '2010-01-10T13:07:09+05:30', '+05:30'],
    ['2010-01-10 13:07:09', '2010-01-10T13:07:09', null],
    ['2024-01-29T08:00:00Z', '2024-01-29T08:00:00Z', 'Z'],
    ['2010-01-10 13:07:09 -0800', '2010-01-10T13:07:09-08:00', '-08:00'],
  ])('reads %s without moving it to UTC', (text, iso, offset) => {
    for (const yamlVersion of ['1.1', '1.2'] as const) {
      expect(readFrontMatter(`---\ndate: ${text}\n---\n`, { yamlVersion }).data.date).toEqual({ kind: 'date', text, iso, offset });
    }
  });

  it('leaves a quoted date a string, as YAML says', () => {
    expect(readFrontMatter('---\ndate: "2024-01-29"\n---\n').data.date).toBe('2024-01-29');
  });

  it('keeps a TOML date as written', () => {
    expect(readFrontMatter('+++\ndate = 2024-01-29T10:00:00+01:00\n+++\n').data.date).toMatchObject({ text: '2024-01-29T10:00:00+01:00', offset: '+01:00' });
  });
});

describe('YAML versions', () => {
  it('reads yes/on as booleans for Jekyll (YAML 1.1, as Psych) and as strings in YAML 1.2', () => {
    const text = '---\na: yes\nb: on\nc: y\nd: 1.0\n---\n';
    expect(readFrontMatter(text, { yamlVersion: '1.1' }).data).toEqual({ a: true, b: true, c: 'y', d: 1 });
    expect(readFrontMatter(text, { yamlVersion: '1.2' }).data).toEqual({ a: 'yes', b: 'on', c: 'y', d: 1 });
  });
});

describe('bad input', () => {
  it('reports malformed YAML with its line and column in the whole file, and keeps the raw block', () => {
    const text = '---\ntitle: Hi\ntags: [a, b\n---\nBody\n';
    const read = readFrontMatter(text);
    expect(read.editable).toBe(false);
    expect(read.raw).toBe('title: Hi\ntags: [a, b\n');
    expect(read.problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number), column: expect.any(Number) });
    expect(read.problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(text.slice(read.split.bodyStart)).toBe('Body\n');
  });

  it('points at the right line after a BOM and CRLF', () => {
    const read = readFrontMatter('\ufeff---\r\na: 1\r\nb: : :\r\n---\r\n');
    expect(read.problems[0]?.line).toBe(3);
  });

  it('warns about a duplicate key, and the last one wins as in Jekyll', () => {
    const read = readFrontMatter('---\ntitle: One\ntags: [a]\ntitle: Two\n---\n');
    expect(read.data.title).toBe('Two');
    expect(read.duplicates).toEqual(['title']);
    expect(read.problems).toEqual([{ line: 4, column: 1, message: 'duplicate key "title": the last one wins', severity: 'warning' }]);
    expect(read.editable).toBe(true);
  });

  it('reports TOML errors with file lines', () => {
    const read = readFrontMatter('+++\ntitle = "Hi"\ntags = [\n+++\n');
    expect(read.editable).toBe(false);
    expect(read.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a block that is not a mapping', () => {
    expect(readFrontMatter('---\n- a\n- b\n---\n').problems[0]).toMatchObject({ line: 2, severity: 'error' });
  });
});
