/**
 * Surgical YAML edits: a field's value is replaced by splicing only its source range, written in the
 * value's existing style. A flow list stays a flow list, a block list keeps its indentation and dash
 * column (unchanged items keep their lines and comments), a quoted string keeps its quotes, a comment
 * after the value stays. New keys go at the end of the block; removing a key removes only its lines.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { FrontMatterEditError } from './edit-error';
import { lineStartAt, nextLineAt } from './positions';
import type { FrontMatterBlock } from './split';
import type { FrontMatterValue } from './value';
import { sameValue } from './value';
import { formatBlockScalar, formatFlow, formatKey, type ScalarStyle } from './yaml-format';
import { keyName, parseYamlSource, toPlain, type YamlVersion } from './yaml-read';

interface Context {
  /** The block's content; offsets below index it. */
  source: string;
  doc: Document.Parsed;
  version: YamlVersion;
  eol: string;
}

interface Splice {
  from: number;
  to: number;
  insert: string;
}

function parseMap(source: string, version: YamlVersion): { doc: Document.Parsed; map: YAMLMap | null } {
  const doc = parseYamlSource(source, version);
  if (doc.errors.length > 0) throw new FrontMatterEditError('the front matter cannot be parsed, so it is left as written');
  const { contents } = doc;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { doc, map: null };
  if (!isMap(contents) || contents.flow) throw new FrontMatterEditError('the front matter is not a block mapping of keys to values');
  return { doc, map: contents };
}

function lastPair(map: YAMLMap | null, key: string): Pair<unknown, unknown> | undefined {
  return map?.items.findLast((pair) => keyName(pair.key) === key);
}

/** Start of `node`, with its range. */
const rangeOf = (node: unknown): [number, number] => {
  const range = (node as Node | null)?.range;
  if (!range) throw new FrontMatterEditError('the field has no position in the source');
  return [range[0], range[1]];
};

/** Offset just after the `:` that follows a key. */
function afterColon(source: string, pair: Pair<unknown, unknown>): number {
  const colon = source.indexOf(':', rangeOf(pair.key)[1]);
  if (colon === -1) throw new FrontMatterEditError('the field has no `:`');
  return colon + 1;
}

function itemStyle(seq: YAMLSeq): ScalarStyle | undefined {
  const first = seq.items.find(isScalar);
  return first?.type as ScalarStyle | undefined;
}

/** Matches new items to unchanged old ones so their source text (and comments) can be kept. */
function reuse<T>(old: FrontMatterValue[], next: FrontMatterValue[], keep: (index: number) => T, write: (value: FrontMatterValue) => T): T[] {
  const used = new Set<number>();
  return next.map((value) => {
    const index = old.findIndex((item, i) => !used.has(i) && sameValue(item, value));
    if (index === -1) return write(value);
    used.add(index);
    return keep(index);
  });
}

function flowSeqSplice(ctx: Context, seq: YAMLSeq, value: FrontMatterValue[]): Splice {
  const [from, to] = rangeOf(seq);
  const items = seq.items.map((item) => rangeOf(item));
  const old = toPlain(seq, ctx.doc) as FrontMatterValue[];
  const multiline = ctx.source.slice(from, to).includes('\n');
  const separator = !multiline && items.length > 1 ? ctx.source.slice((items[0] as [number, number])[1], (items[1] as [number, number])[0]) : ', ';
  const pad = !multiline && items.length > 0 ? ctx.source.slice(from + 1, (items[0] as [number, number])[0]) : '';
  const style = itemStyle(seq);
  const texts = reuse(old, value, (i) => ctx.source.slice(...(items[i] as [number, number])), (v) => formatFlow(v, style, ctx.version, true));
  return { from, to, insert: `[${pad}${texts.join(separator)}${pad}]` };
}

function blockSeqSplice(ctx: Context, seq: YAMLSeq, value: FrontMatterValue[]): Splice {
  const { source, eol } = ctx;
  const [from, to] = rangeOf(seq);
  const indent = source.slice(lineStartAt(source, from), from);
  const dashes = seq.items.map((item, i) => (i === 0 ? from : source.lastIndexOf('-', rangeOf(item)[0] - 1)));
  const segments = dashes.map((dash, i) => {
    const next = dashes[i + 1];
    const text = source.slice(dash, next === undefined ? to : lineStartAt(source, next));
    return text.endsWith('\n') ? text : text + eol;
  });
  const old = toPlain(seq, ctx.doc) as FrontMatterValue[];
  const style = itemStyle(seq);
  const lines = reuse(old, value, (i) => segments[i] as string, (v) => `- ${formatFlow(v, style, ctx.version)}${eol}`);
  const text = lines.map((line, i) => (i === 0 ? line : indent + line)).join('');
  return { from, to, insert: source.slice(from, to).endsWith('\n') ? text : text.slice(0, -eol.length) };
}

function valueSplice(ctx: Context, pair: Pair<unknown, unknown>, value: FrontMatterValue): Splice {
  const { source, eol, version } = ctx;
  const node = pair.value as Node | null;
  if (Array.isArray(value) && value.length > 0 && isSeq(node)) return node.flow ? flowSeqSplice(ctx, node, value) : blockSeqSplice(ctx, node, value);
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && typeof value === 'string') {
    const keyLine = lineStartAt(source, rangeOf(pair.key)[0]);
    const indent = `${source.slice(keyLine, rangeOf(pair.key)[0])}  `;
    const text = formatBlockScalar(value, node.type, indent, eol, version);
    if (text !== null) return { from: rangeOf(node)[0], to: rangeOf(node)[1], insert: text };
  }
  const style = isScalar(node) ? (node.type as ScalarStyle | undefined) : undefined;
  const text = formatFlow(value, style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' ? undefined : style, version);
  const [from, to] = node ? rangeOf(node) : [afterColon(source, pair), afterColon(source, pair)];
  const spansLines = source.slice(from, to).endsWith('\n');
  if (spansLines) {
    // A block list, mapping or scalar becomes a one-line value on the key's line.
    const colon = afterColon(source, pair);
    return { from: colon, to, insert: ` ${text}${eol}` };
  }
  if (from === to) return { from, to, insert: source[from - 1] === ':' ? ` ${text}` : text };
  return { from, to, insert: text };
}

function apply(text: string, block: FrontMatterBlock, splice: Splice): string {
  const at = block.contentStart;
  return text.slice(0, at + splice.from) + splice.insert + text.slice(at + splice.to);
}

/** Sets top-level `key` of a YAML block to `value` (the last occurrence, when the key is duplicated). */
export function setYamlField(text: string, block: FrontMatterBlock, key: string, value: FrontMatterValue, version: YamlVersion, eol: string): string {
  const source = text.slice(block.contentStart, block.contentEnd);
  const { doc, map } = parseMap(source, version);
  const ctx: Context = { source, doc, version, eol };
  const pair = lastPair(map, key);
  if (!pair) {
    const first = map?.items[0]?.key;
    const indent = first ? source.slice(lineStartAt(source, rangeOf(first)[0]), rangeOf(first)[0]) : '';
    const end = source.length > 0 && !source.endsWith('\n') ? eol : '';
    const line = `${end}${indent}${formatKey(key, version)}: ${formatFlow(value, undefined, version)}${eol}`;
    return apply(text, block, { from: source.length, to: source.length, insert: line });
  }
  if (sameValue(toPlain(pair.value, doc), value)) return text;
  return apply(text, block, valueSplice(ctx, pair, value));
}

/** Removes the lines of top-level `key` (every occurrence); other lines are untouched. */
export function removeYamlField(text: string, block: FrontMatterBlock, key: string, version: YamlVersion): string {
  const source = text.slice(block.contentStart, block.contentEnd);
  const { map } = parseMap(source, version);
  const pairs = (map?.items ?? []).filter((pair) => keyName(pair.key) === key).reverse();
  let result = text;
  for (const pair of pairs) {
    const from = lineStartAt(source, rangeOf(pair.key)[0]);
    if (source.slice(from, rangeOf(pair.key)[0]).trim() !== '') throw new FrontMatterEditError(`"${key}" does not start its own line`);
    const end = pair.value ? rangeOf(pair.value)[1] : rangeOf(pair.key)[1];
    const to = source[end - 1] === '\n' ? end : nextLineAt(source, end);
    result = apply(result, block, { from, to, insert: '' });
  }
  return result;
}
