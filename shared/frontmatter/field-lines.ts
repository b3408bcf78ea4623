/**
 * Which lines of a post a top-level field occupies, so the editor can point at it and tests can
 * check that an edit touched nothing else.
 */
import { isMap } from 'yaml';
import { positionAt } from './positions';
import { splitPost } from './split';
import { topLevel } from './toml-edit';
import { keyName, parseYamlSource, type YamlVersion } from './yaml-read';

/** 1-based `start` and exclusive `end` lines in the whole file; null when the key is absent or unreadable. */
export function fieldLines(text: string, key: string, yamlVersion: YamlVersion = '1.2'): { start: number; end: number } | null {
  const { block } = splitPost(text);
  if (!block) return null;
  const source = text.slice(block.contentStart, block.contentEnd);
  const lineOf = (offset: number) => positionAt(text, block.contentStart + offset).line;
  if (block.format === 'toml') {
    const statement = topLevel(source).statements.findLast((s) => s.key === key);
    return statement ? { start: lineOf(statement.from), end: lineOf(statement.to) } : null;
  }
  if (block.format !== 'yaml') return null;
  const doc = parseYamlSource(source, yamlVersion);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const pair = doc.contents.items.findLast((item) => keyName(item.key) === key);
  const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  if (!pair || !keyRange) return null;
  const valueEnd = (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? keyRange[1];
  const end = source[valueEnd - 1] === '\n' ? lineOf(valueEnd) : lineOf(valueEnd) + 1;
  return { start: lineOf(keyRange[0]), end };
}
