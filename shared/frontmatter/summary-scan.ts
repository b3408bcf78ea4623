/**
 * A fast, conservative reader for a few fields of a YAML block (what the post list shows), so the
 * index does not build a `yaml` Document for each of thousands of posts. It reads the common simple
 * shapes line by line and returns null — "read it fully" — on anything it does not fully
 * understand, so whatever it returns is exactly what `readFrontMatter` would give for those fields,
 * in YAML 1.1 and 1.2 alike, with no problems reported.
 *
 * Understood: `key: value` at the left margin (a plain, single- or double-quoted scalar, or a
 * one-line flow list of such scalars), `key:` followed by a block list of such scalars, blank lines,
 * comment lines and trailing comments, CRLF. Everything else is declined: anchors, aliases, tags,
 * block scalars, multi-line scalars and flow collections, nested maps, flow maps, escapes other than
 * `\\`, `\"`, `\n` and `\t`, duplicate keys, tabs and control characters; and, in a wanted field, a plain scalar
 * whose type is not certain (`yes`, `on`, `0x1f`, `1:30`, `.inf`, `1e3`, `007`).
 */
import { parseDateText } from './dates';
import type { FrontMatterBlock } from './split';
import type { FrontMatterData, FrontMatterValue } from './value';

/** Characters the scan declines anywhere in the block: tabs, controls, other line breaks, lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE = /[\0-\x08\t\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\p{Cs}]|\r(?!\n)/u;
/** `key:` at the left margin: a name that can only read as itself, then the rest of the line. */
const KEY_LINE = /^([A-Za-z_][\w.-]{0,99}) *:(?: (.*))?$/;
/** Names YAML 1.1 or 1.2 may read as a boolean or null, so two of them could be the same key. */
const AMBIGUOUS_WORD = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
/** `- item` (or a bare `-`) of a block list, with its indentation. */
const ITEM_LINE = /^( *)-(?: (.*))?$/;
/** What may follow a value on its line: nothing, or spaces and a comment. */
const LINE_END = /^(?: +(?:#.*)?)?$/;
/** First characters that make a plain scalar something else (YAML indicators), or whose reading is unsure. */
const INDICATOR_START = /^(?:[?:,[\]{}#&*!|>'"%@`<=]|-(?![A-Za-z0-9]))/;
const DECIMAL = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
/** Starts like a number (`+1`, `.5`, `0x1f`, `1_000`, `1:30`, `1e3`): unsure unless it is a plain decimal. */
const NUMBER_LIKE = /^[-+.\d]/;

/** The escapes of double-quoted scalars the scan reads (the same in YAML 1.1 and 1.2); others are declined. */
const ESCAPES = new Map([['\\', '\\'], ['"', '"'], ['n', '\n'], ['t', '\t']]);

type Scalar = { value: FrontMatterValue; plain: boolean };

/** Thrown inside the scan when the block is not one of the understood shapes. */
const DECLINE = Symbol('decline');

function decline(): never {
  throw DECLINE;
}

/** The type of a plain scalar, as both YAML versions read it, or a decline when they might differ. */
function plainValue(text: string): FrontMatterValue {
  const date = parseDateText(text);
  if (date) return date;
  if (text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (AMBIGUOUS_WORD.test(text)) decline();
  if (DECIMAL.test(text)) {
    const number = Number(text);
    return Object.is(number, -0) ? decline() : number;
  }
  if (NUMBER_LIKE.test(text) && !text.includes(' ')) decline();
  return text;
}

/** A quoted scalar starting at `at`; returns its text and the offset after the closing quote. */
function quoted(line: string, at: number): [string, number] {
  const quote = line[at];
  let out = '';
  let i = at + 1;
  for (;;) {
    const next = line.indexOf(quote as string, i);
    const escape = quote === '"' ? line.indexOf('\\', i) : -1;
    if (next === -1) decline();
    if (escape !== -1 && escape < next) {
      const escaped = ESCAPES.get(line[escape + 1] as string);
      if (escaped === undefined) decline();
      out += line.slice(i, escape) + escaped;
      i = escape + 2;
    } else if (quote === "'" && line[next + 1] === "'") {
      out += `${line.slice(i, next)}'`;
      i = next + 2;
    } else {
      return [out + line.slice(i, next), next + 1];
    }
  }
}

/** A plain scalar inside a flow list: no indicators, no `:` or `#`, up to `,` or `]`. */
function flowPlain(line: string, at: number): [string, number] {
  let end = at;
  while (end < line.length && !',[]{}:#'.includes(line[end] as string)) end++;
  const text = line.slice(at, end).replace(/ +$/, '');
  if (!text || INDICATOR_START.test(text)) decline();
  return [text, end];
}

/** A one-line flow list `[a, "b, c", 'd']` starting at `at`; returns its items and the offset after `]`. */
function flowList(line: string, at: number): [Scalar[], number] {
  const items: Scalar[] = [];
  let i = at + 1;
  const skipSpaces = () => {
    while (line[i] === ' ') i++;
  };
  skipSpaces();
  if (line[i] === ']') return [items, i + 1];
  for (;;) {
    const plain = line[i] !== '"' && line[i] !== "'";
    const [text, end] = plain ? flowPlain(line, i) : quoted(line, i);
    items.push({ value: text, plain });
    i = end;
    skipSpaces();
    if (line[i] === ']') return [items, i + 1];
    if (line[i] !== ',') decline();
    i++;
    skipSpaces();
  }
}

/** The value after `key: ` or `- `, up to the end of the line: a scalar or a flow list of scalars. */
function valueOf(rest: string, allowList: boolean): Scalar | Scalar[] {
  const first = rest[0];
  if (first === '"' || first === "'") {
    const [text, end] = quoted(rest, 0);
    if (!LINE_END.test(rest.slice(end))) decline();
    return { value: text, plain: false };
  }
  if (first === '[' && allowList) {
    const [items, end] = flowList(rest, 0);
    if (!LINE_END.test(rest.slice(end))) decline();
    return items;
  }
  const comment = rest.indexOf(' #');
  const text = (comment === -1 ? rest : rest.slice(0, comment)).replace(/ +$/, '');
  if (INDICATOR_START.test(text) || text.includes(': ') || text.endsWith(':')) decline();
  return { value: text, plain: true };
}

/** The value of a wanted field: plain scalars typed, quoted ones kept as text. */
function resolve(scalar: Scalar | Scalar[]): FrontMatterValue {
  if (Array.isArray(scalar)) return scalar.map(resolve);
  return scalar.plain ? plainValue(scalar.value as string) : scalar.value;
}

/** An empty or comment-only remainder: the key's value is on the following lines, or null. */
const isEmptyValue = (rest: string | undefined): boolean => rest === undefined || /^ *(?:#.*)?$/.test(rest);

function scan(content: string, wanted: ReadonlySet<string>): FrontMatterData {
  const lines = content.split('\n');
  const data: FrontMatterData = {};
  const seen = new Set<string>();
  let i = 0;
  const lineAt = (n: number): string => (lines[n] ?? '').replace(/\r$/, '');
  const skipBlank = () => {
    while (i < lines.length && /^ *(?:#.*)?\r?$/.test(lines[i] as string)) i++;
  };
  for (skipBlank(); i < lines.length; skipBlank()) {
    const match = KEY_LINE.exec(lineAt(i++));
    if (!match) decline();
    const [, key, rest] = match as unknown as [string, string, string | undefined];
    if (AMBIGUOUS_WORD.test(key) || key === '__proto__' || seen.has(key)) decline();
    seen.add(key);
    let value: Scalar | Scalar[] = { value: null, plain: false };
    if (isEmptyValue(rest)) {
      skipBlank();
      const items: Scalar[] = [];
      const first = ITEM_LINE.exec(lineAt(i));
      for (let item = first; item && item[1] === first?.[1]; item = ITEM_LINE.exec(lineAt(i))) {
        i++;
        items.push(isEmptyValue(item[2]) ? { value: null, plain: false } : (valueOf((item[2] as string).replace(/^ +/, ''), false) as Scalar));
        skipBlank();
      }
      if (first) value = items;
    } else {
      value = valueOf((rest as string).replace(/^ +/, ''), true);
    }
    if (wanted.has(key)) data[key] = resolve(value);
  }
  return data;
}

/**
 * Reads the `wanted` fields of a YAML block, or returns null when the block has any shape the scan
 * does not fully understand (read it with `readFrontMatter` then). Fields not wanted are checked
 * for shape but not typed. `text` is the whole post, as `splitPost` saw it.
 */
export function scanFields(text: string, block: FrontMatterBlock, wanted: ReadonlySet<string>): FrontMatterData | null {
  const content = text.slice(block.contentStart, block.contentEnd);
  if (UNSAFE.test(content)) return null;
  try {
    return scan(content, wanted);
  } catch (error) {
    if (error === DECLINE) return null;
    throw error;
  }
}
