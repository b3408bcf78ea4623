/**
 * Reads a YAML front-matter block with the `yaml` package into plain values. The `Document` is kept
 * for the surgical editor: its node ranges point back into the source. Errors are collected, never
 * thrown, with positions in the whole file.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Tags } from 'yaml';
import type { Problem } from '../post';
import { parseDateText } from './dates';
import { positionAt } from './positions';
import type { FrontMatterBlock } from './split';
import type { FrontMatterData, FrontMatterValue } from './value';

/** YAML 1.1 for Jekyll (Ruby's Psych reads `yes`, `on`, `1:30` differently), 1.2 elsewhere. */
export type YamlVersion = '1.1' | '1.2';

export interface YamlBlockRead {
  doc: Document.Parsed;
  data: FrontMatterData;
  problems: Problem[];
  /** Top-level keys written more than once (the last one wins, as in Jekyll). */
  duplicates: string[];
}

/**
 * Psych's booleans in YAML 1.1: `yes`/`true`/`on` and `no`/`false`/`off` in any case, but not the
 * `y`/`n` of the spec (so a Jekyll key `y:` stays the string "y").
 */
const psychBooleans = (tags: Tags): Tags =>
  tags.map((tag) =>
    typeof tag === 'object' && tag.tag === 'tag:yaml.org,2002:bool' && 'test' in tag && tag.test
      ? { ...tag, test: tag.test.test('true') ? /^(?:yes|true|on)$/i : /^(?:no|false|off)$/i }
      : tag,
  );

export function parseYamlSource(source: string, version: YamlVersion): Document.Parsed {
  return parseDocument(source, { version, uniqueKeys: false, prettyErrors: false, ...(version === '1.1' ? { customTags: psychBooleans } : {}) });
}

/** A key as the data object names it: keys are strings, as Liquid and JSON see them. */
export function keyName(key: unknown): string {
  if (isScalar(key)) return key.value === null ? '' : typeof key.source === 'string' && key.value instanceof Date ? key.source : String(key.value);
  return String(key);
}

/** Converts a parsed node to a plain value; a plain timestamp becomes a `FrontMatterDate` with its text. */
export function toPlain(node: unknown, doc: Document.Parsed, onDuplicate?: (key: string) => void, depth = 0): FrontMatterValue {
  if (depth > 64) return null;
  if (isAlias(node)) return toPlain(node.resolve(doc), doc, undefined, depth + 1);
  if (isScalar(node)) {
    const { value } = node;
    const source = typeof node.source === 'string' ? node.source : String(value);
    if (value instanceof Date || (typeof value === 'string' && node.type === 'PLAIN' && !node.tag)) {
      const date = parseDateText(source);
      if (date) return date;
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return value;
    return source;
  }
  if (isMap(node)) {
    const out: Record<string, FrontMatterValue> = {};
    for (const pair of node.items) {
      const key = keyName(pair.key);
      if (Object.hasOwn(out, key)) onDuplicate?.(key);
      out[key] = toPlain(pair.value, doc, undefined, depth + 1);
    }
    return out;
  }
  if (isSeq(node)) {
    return node.items.map((item) => (isPair(item) ? { [keyName(item.key)]: toPlain(item.value, doc, undefined, depth + 1) } : toPlain(item, doc, undefined, depth + 1)));
  }
  return null;
}

/** Parses the block's content; `text` is the whole post, so problems carry file positions. */
export function readYamlBlock(text: string, block: FrontMatterBlock, version: YamlVersion): YamlBlockRead {
  const doc = parseYamlSource(text.slice(block.contentStart, block.contentEnd), version);
  const problems: Problem[] = [];
  const at = (offset: number) => positionAt(text, block.contentStart + offset);
  for (const error of doc.errors) problems.push({ ...at(error.pos[0]), message: error.message.split('\n')[0] as string, severity: 'error' });
  for (const warning of doc.warnings) problems.push({ ...at(warning.pos[0]), message: warning.message.split('\n')[0] as string, severity: 'warning' });
  const duplicates: string[] = [];
  let data: FrontMatterData = {};
  if (doc.errors.length === 0) {
    const contents = doc.contents;
    if (isMap(contents)) {
      data = toPlain(contents, doc, (key) => duplicates.push(key)) as FrontMatterData;
      for (const key of duplicates) {
        const pair = contents.items.findLast((item) => keyName(item.key) === key);
        const offset = isScalar(pair?.key) && pair.key.range ? pair.key.range[0] : 0;
        problems.push({ ...at(offset), message: `duplicate key "${key}": the last one wins`, severity: 'warning' });
      }
    } else if (contents !== null && !(isScalar(contents) && contents.value === null)) {
      problems.push({ ...at((contents as Node).range?.[0] ?? 0), message: 'front matter is not a mapping of keys to values', severity: 'error' });
    }
  }
  return { doc, data, problems, duplicates };
}
