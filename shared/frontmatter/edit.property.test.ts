/** Property tests: for random documents and random edits, nothing but the edited field changes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontMatter, removeField, setField, type FrontMatterValue } from './index';
import { onlyFieldLinesChanged } from './test-support';
import { formatFlow, type ScalarStyle } from './yaml-format';

const KEYS = ['title', 'tags', 'categories', 'draft', 'layout', 'weight', 'summary', 'x_1'];
const char = fc.constantFrom(...'abcXYZ019 :#-,[]{}\'"–é!?&*|>%@`'.split(''));
const text = fc.string({ unit: char, maxLength: 12 });
const scalar: fc.Arbitrary<FrontMatterValue> = fc.oneof(text, fc.integer({ min: -1000, max: 100000 }), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<FrontMatterValue> = fc.oneof(scalar, fc.array(text, { maxLength: 4 }));
const style = fc.constantFrom<ScalarStyle>('PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE');

interface Entry {
  key: string;
  value: FrontMatterValue;
  style: ScalarStyle;
  block: boolean;
  indent: string;
  comment: boolean;
}

const entry = (key: string): fc.Arbitrary<Entry> =>
  fc.record({ key: fc.constant(key), value, style, block: fc.boolean(), indent: fc.constantFrom('', '  '), comment: fc.boolean() });

const documents = fc
  .uniqueArray(fc.constantFrom(...KEYS), { maxLength: 6 })
  .chain((keys) => fc.tuple(fc.tuple(...keys.map(entry)), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.constantFrom('Body text.\n', '', 'Body')))
  .map(([entries, eol, bom, body]) => ({ text: render(entries, eol, bom, body), keys: entries.map((e) => e.key) }));

/** Writes a document in the generated styles: block or flow lists, quoted or plain strings, comments. */
function render(entries: Entry[], eol: string, bom: boolean, body: string): string {
  const lines = entries.map((e) => {
    if (Array.isArray(e.value) && e.block && e.value.length > 0) {
      return [`${e.key}:`, ...e.value.map((item) => `${e.indent}- ${formatFlow(item, e.style, '1.1')}`)].join(eol);
    }
    return `${e.key}: ${formatFlow(e.value, e.style, '1.1')}${e.comment ? ' # note' : ''}`;
  });
  return `${bom ? '\ufeff' : ''}---${eol}${lines.map((line) => line + eol).join('')}---${eol}${body.replace(/\n/g, eol)}`;
}

const options = { yamlVersion: '1.1' as const };

describe('front matter edits on random documents', () => {
  it('round-trips: setting every field to its current value gives identical bytes', () => {
    fc.assert(
      fc.property(documents, ({ text: doc }) => {
        const { data } = readFrontMatter(doc, options);
        for (const [key, current] of Object.entries(data)) expect(setField(doc, key, current, options)).toBe(doc);
      }),
      { numRuns: 200 },
    );
  });

  it('after set(k, v): k reads v, every other key is unchanged, and only the lines of k differ', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom(...KEYS), value, ({ text: doc }, key, next) => {
        const before = readFrontMatter(doc, options).data;
        const result = setField(doc, key, next, options);
        const after = readFrontMatter(result, options).data;
        expect(after[key]).toEqual(next);
        expect({ ...after, [key]: null }).toEqual({ ...before, [key]: null });
        expect(onlyFieldLinesChanged(doc, result, key, '1.1')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('after remove(k): k is gone and only its lines are removed', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom(...KEYS), ({ text: doc }, key) => {
        const result = removeField(doc, key, options);
        const after = readFrontMatter(result, options).data;
        expect(Object.hasOwn(after, key)).toBe(false);
        expect(onlyFieldLinesChanged(doc, result, key, '1.1')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
