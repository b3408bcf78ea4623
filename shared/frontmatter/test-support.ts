/** Test helper: did an edit of `key` leave every line outside the key's lines byte-identical? */
import { fieldLines } from './field-lines';
import { splitPost } from './split';
import type { YamlVersion } from './yaml-read';

/** Lines kept verbatim, with their line breaks, so a changed line ending counts as a change. */
const linesOf = (text: string) => text.split(/(?<=\n)/);

export function onlyFieldLinesChanged(before: string, after: string, key: string, yamlVersion: YamlVersion): boolean {
  const old = linesOf(before);
  const next = linesOf(after);
  const range = fieldLines(before, key, yamlVersion);
  // A new key is inserted just before the closing fence (or the first TOML table).
  const block = splitPost(before).block;
  const closing = block ? before.slice(0, block.contentEnd).split('\n').length - 1 : 0;
  const { start, end } = range ?? { start: closing + 1, end: closing + 1 };
  const tail = old.length - (end - 1);
  const prefixSame = old.slice(0, start - 1).every((line, i) => next[i] === line);
  const suffixSame = old.slice(end - 1).every((line, i) => next[next.length - tail + i] === line);
  return prefixSame && suffixSame && next.length - tail >= start - 1;
}
