/**
 * Writes one value as YAML source in a given style (plain, quoted, block literal, flow list). Every
 * candidate text is parsed back and kept only if it reads as the intended value; otherwise the next,
 * safer style is tried (double quotes can write any string).
 */
import { isMap, isSeq } from 'yaml';
import { isFrontMatterDate, sameValue, type FrontMatterValue } from './value';
import { parseYamlSource, toPlain, type YamlVersion } from './yaml-read';

export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/** Whether `text` reads as `value` as a mapping value (`flow` false) or as a flow-list item. */
function readsAs(text: string, value: FrontMatterValue, version: YamlVersion, flow: boolean): boolean {
  const doc = parseYamlSource(flow ? `[${text}]` : `k: ${text}${text.endsWith('\n') ? '' : '\n'}`, version);
  if (doc.errors.length > 0) return false;
  const plain = toPlain(doc.contents, doc);
  if (flow) return isSeq(doc.contents) && Array.isArray(plain) && plain.length === 1 && sameValue(plain[0], value);
  return isMap(doc.contents) && typeof plain === 'object' && plain !== null && !Array.isArray(plain) && !isFrontMatterDate(plain) && sameValue(plain.k, value);
}

function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/\u2028|\u2029|\u0085|\ufeff/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function singleLine(value: FrontMatterValue, style: ScalarStyle | undefined, version: YamlVersion): string[] {
  if (isFrontMatterDate(value)) return style === 'QUOTE_SINGLE' ? [`'${value.text}'`] : style === 'QUOTE_DOUBLE' ? [`"${value.text}"`] : [value.text];
  if (typeof value === 'string') {
    const single = `'${value.replace(/'/g, "''")}'`;
    const ordered = style === 'QUOTE_SINGLE' ? [single, value] : style === 'QUOTE_DOUBLE' ? [] : [value, single];
    return [...ordered.filter(() => !/[\r\n]/.test(value)), doubleQuoted(value)];
  }
  if (value === null) return ['null', '~'];
  if (typeof value === 'boolean') return [String(value)];
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return ['.nan'];
    if (!Number.isFinite(value)) return [value > 0 ? '.inf' : '-.inf'];
    // YAML 1.1 floats need a dot: `1e-7` is a string there, `1.0e-7` a float.
    const text = String(value);
    return [text, text.replace(/^(-?\d+)e/, '$1.0e')];
  }
  if (Array.isArray(value)) return [`[${value.map((item) => formatFlow(item, undefined, version, true)).join(', ')}]`];
  return [`{${Object.entries(value).map(([k, v]) => `${formatKey(k, version)}: ${formatFlow(v, undefined, version, true)}`).join(', ')}}`];
}

/** A single-line YAML text for `value`, valid as a mapping value or (with `inFlow`) inside `[...]`. */
export function formatFlow(value: FrontMatterValue, style: ScalarStyle | undefined, version: YamlVersion, inFlow = false): string {
  // A date keeps the quotes it was written with; it then reads back as its text.
  const expected = isFrontMatterDate(value) && style?.startsWith('QUOTE') ? value.text : value;
  const text = singleLine(value, style, version).find((candidate) => readsAs(candidate, expected, version, inFlow));
  if (text === undefined) throw new Error(`cannot write ${JSON.stringify(value)} as YAML`);
  return text;
}

/** A mapping key: plain when it reads back as itself, else double-quoted. */
export function formatKey(key: string, version: YamlVersion): string {
  const doc = parseYamlSource(`${key}: 1\n`, version);
  const plain = doc.errors.length === 0 ? toPlain(doc.contents, doc) : null;
  const ok = plain !== null && typeof plain === 'object' && !Array.isArray(plain) && Object.keys(plain).length === 1 && Object.hasOwn(plain, key) && !/^[\s#]|\s$/.test(key) && key !== '';
  return ok ? key : doubleQuoted(key);
}

/**
 * A block scalar (`|`/`>` header and indented lines) for a string, with content lines indented by
 * `indent`; null when the string cannot be written that way (then a quoted form is used).
 */
export function formatBlockScalar(value: string, style: 'BLOCK_LITERAL' | 'BLOCK_FOLDED', indent: string, eol: string, version: YamlVersion): string | null {
  if (style === 'BLOCK_FOLDED' && /\n/.test(value.replace(/\n+$/, ''))) style = 'BLOCK_LITERAL';
  const body = value.replace(/\n+$/, '');
  const trailing = value.length - body.length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const lines = (trailing > 1 ? value.slice(0, -1) : body).split('\n');
  const header = `${style === 'BLOCK_LITERAL' ? '|' : '>'}${chomp}`;
  const render = (pad: string, nl: string) => `${header}${nl}${lines.map((line) => (line === '' ? '' : pad + line)).join(nl)}${nl}`;
  if (/^[ \t]/.test(body) || /[\r\t]/.test(value) || !readsAs(render('  ', '\n'), value, version, false)) return null;
  return render(indent, eol);
}
