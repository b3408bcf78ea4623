/**
 * Property tests of the fast summary path: on random front matters, whatever the fast scan accepts
 * reads exactly as the full reader reads it (the summary, and each summary field), in YAML 1.1
 * (Jekyll) and 1.2 (Hugo, plain folders); and the simple shapes real posts use are accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontMatter, scanFields, splitPost, yamlVersionFor, type FrontMatterData } from '../../shared/frontmatter';
import type { SiteKind } from '../../shared/site';
import { summarizeFully, summarizeQuickly } from './post-summary';

const FIELDS = ['title', 'date', 'draft', 'published', 'tags', 'tag', 'categories', 'category'];
const KINDS: [SiteKind, string][] = [
  ['jekyll', '_posts/2024-01-29-a-post.md'],
  ['hugo', 'content/posts/a-post.md'],
  ['plain', 'notes/a-post.md'],
];

/** Text that is never anything but a string, in either YAML version. */
const word = fc.string({ unit: fc.constantFrom(...'abcdefXZé'.split('')), minLength: 1, maxLength: 6 });
const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((list) => list.join(' '));
/** Characters that make YAML scalars interesting. */
const tricky = fc.string({ unit: fc.constantFrom(...'ab Z09:#-,[]{}\'"\\!?&*|>%@`~.+_é/'.split('')), maxLength: 10 });
const TOKENS = [
  'true', 'false', 'True', 'FALSE', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'null', '~', 'NULL', 'Null', '0', '1', '-1', '42', '-0', '007',
  '0x1f', '0o17', '0b101', '1:30', '1_000', '1.5', '-2.25', '1.0', '1e3', '.inf', '-.inf', '.nan', '+1', '.5', '1.', '2024-01-29',
  '2024-1-5', '2024-01-29 10:00:00 +05:30', '2024-01-29T08:00:00Z', '2024-01-29 10:00:00', '2024-01-29 10:0:00', '2024-13-45',
  '10 tips', 'a: b', 'a:b', 'a #b', 'a#b', 'x:', 'it\'s', '- a', '-a', '--', '<<', '=', '%x', '@x', '`x`', '&a x', '*a', '!!str x',
  '!x y', '|', '>-', '? x', 'a, b', 'a [b]', 'http://x.org/a?b=c',
];
const plain = fc.oneof(words, tricky, fc.constantFrom(...TOKENS));
const doubleQuoted = fc.oneof(
  fc.oneof(words, tricky).map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`),
  fc.tuple(words, fc.constantFrom('\\n', '\\t', '\\u00e9', '\\x41', '\\/', '\\ ', '\\')).map(([s, escape]) => `"${s}${escape}${s}"`),
);
const singleQuoted = fc.oneof(words, tricky).map((s) => `'${s.replace(/'/g, "''")}'`);
const scalar = fc.oneof(plain, doubleQuoted, singleQuoted);
const flowList = fc
  .tuple(fc.array(fc.oneof(words, fc.constantFrom(...TOKENS), doubleQuoted, singleQuoted), { maxLength: 4 }), fc.constantFrom(', ', ',', ' , '), fc.constantFrom('', ' ', ','))
  .map(([items, separator, inner]) => `[${inner === ',' ? items.join(separator) + ',' : inner + items.join(separator) + inner}]`);
const comment = fc.constantFrom('', '', ' # note', '  #c', ' #');
const keyName = fc.oneof(fc.constantFrom(...FIELDS), fc.constantFrom('layout', 'author', 'Title', 'x_1', 'og.image', 'on', 'yes', '__proto__', '"title"', '? title'));
const key = fc.tuple(keyName, fc.constantFrom('', '', ' ', '  ')).map(([name, space]) => `${name}${space}`);

/** One field, as lines: the common shapes and the shapes the fast scan must decline. */
const field = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, fc.oneof(scalar, flowList), comment).map(([k, v, c]) => [`${k}: ${v}${c}`]) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(key, comment, fc.constantFrom('', '  ', '    '), fc.array(fc.tuple(fc.oneof(scalar, fc.constant('')), comment), { minLength: 0, maxLength: 4 }))
      .map(([k, c, indent, items]) => [`${k}:${c}`, ...items.map(([item, itemComment]) => `${indent}-${item ? ` ${item}` : ''}${itemComment}`)]),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(key, words).chain(([k, w]) =>
      fc.constantFrom(
        [`${k}: &a ${w}`, `other: *a`],
        [`${k}: |`, `  ${w}`, `  ${w}`],
        [`${k}: >-`, `  ${w}`],
        [`${k}:`, `  sub: ${w}`],
        [`${k}: ${w}`, `  ${w}`],
        [`${k}: [${w},`, `  ${w}]`],
        [`${k}: "${w}`, ` ${w}"`],
        [`${k}: {a: ${w}}`],
        [`${k}: !!str ${w}`],
        [`${k}:`, `  - - ${w}`],
        [`${k}:`, `  - [${w}]`],
        [`${k}:`, `  - ${w}`, `    ${w}`],
        [`${k}:\t${w}`],
        [`  ${k}: ${w}`],
        [`${k}:${w}`],
      ),
    ),
  },
);
const filler = fc.constantFrom([''], ['# a comment'], ['  # indented comment'], ['   ']);
const frontMatter = fc
  .tuple(fc.array(fc.oneof({ weight: 4, arbitrary: field }, { weight: 1, arbitrary: filler }), { maxLength: 7 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([groups, eol, bom]) => `${bom ? '\ufeff' : ''}---${eol}${groups.flat().map((line) => line + eol).join('')}---${eol}Some words, and more.${eol}`);

/** The summary fields the full reader sees, or null when it reports a problem. */
function fullFields(text: string, kind: SiteKind): FrontMatterData | null {
  const read = readFrontMatter(text, { yamlVersion: yamlVersionFor(kind) });
  if (read.problems.length > 0) return null;
  return Object.fromEntries(FIELDS.filter((name) => Object.hasOwn(read.data, name)).map((name) => [name, read.data[name]])) as FrontMatterData;
}

function quickFields(text: string): FrontMatterData | null {
  const { block } = splitPost(text);
  return block && scanFields(text, block, new Set(FIELDS));
}

describe('the fast summary scan on random front matter', () => {
  it('reads every front matter it accepts exactly as the full reader does', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(frontMatter, (text) => {
        runs++;
        const fields = quickFields(text);
        for (const [kind, relPath] of KINDS) {
          const quick = summarizeQuickly(relPath, text, kind);
          expect(quick === null).toBe(fields === null);
          if (quick === null) continue;
          expect(quick).toEqual(summarizeFully(relPath, text, kind));
          expect(fields).toEqual(fullFields(text, kind));
        }
        if (fields) accepted++;
      }),
      { numRuns: 2000 },
    );
    // The generator mixes simple and hard shapes: a fair share must take the fast path, or the property proves little.
    expect(accepted / runs).toBeGreaterThan(0.1);
  });

  it('accepts the simple shapes posts use', () => {
    const simpleScalar = fc.oneof(
      words,
      doubleQuoted.filter((s) => !/\\[^"\\]/.test(s)),
      singleQuoted,
      fc.constantFrom('true', 'false', 'null', '~', '42', '-1', '1.5', '2024-01-29', '2024-01-29 10:00:00 +05:30', '2024-01-29T08:00:00Z', '10 tips', "it's"),
    );
    const simpleField = fc.oneof(
      fc.tuple(fc.constantFrom(...FIELDS, 'layout', 'author'), simpleScalar, fc.constantFrom('', ' # note')).map(([k, v, c]) => [`${k}: ${v}${c}`]),
      fc.tuple(fc.constantFrom('tags', 'categories', 'keywords'), fc.array(simpleScalar.filter((s) => !/[:#,[\]{}]/.test(s)), { maxLength: 4 })).map(([k, items]) => [`${k}: [${items.join(', ')}]`]),
      fc.tuple(fc.constantFrom('tags', 'categories', 'keywords'), fc.constantFrom('', '  '), fc.array(simpleScalar, { minLength: 1, maxLength: 4 })).map(([k, indent, items]) => [`${k}:`, ...items.map((item) => `${indent}- ${item}`)]),
      filler,
    );
    const simple = fc
      .tuple(fc.uniqueArray(simpleField, { maxLength: 8, selector: (lines) => lines[0]?.split(':')[0] ?? '' }), fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([groups, eol, bom]) => `${bom ? '\ufeff' : ''}---${eol}${groups.flat().map((line) => line + eol).join('')}---${eol}Body.${eol}`);
    fc.assert(
      fc.property(simple, (text) => {
        for (const [kind, relPath] of KINDS) {
          const quick = summarizeQuickly(relPath, text, kind);
          expect({ text, accepted: quick !== null }).toEqual({ text, accepted: true });
          expect(quick).toEqual(summarizeFully(relPath, text, kind));
        }
      }),
      { numRuns: 500 },
    );
  });
});
