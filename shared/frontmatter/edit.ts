/**
 * `setField` / `removeField`: the one path every front-matter edit takes (form, taxonomy tools, CLI).
 * Each edit is checked by reading the result back: the field has the new value and every other
 * field is unchanged, or the edit is refused and the text is left as it was.
 */
import { FrontMatterEditError } from './edit-error';
import { readFrontMatter, type ReadOptions } from './read';
import { splitPost } from './split';
import { removeTomlField, setTomlField } from './toml-edit';
import { isFrontMatterDate, sameValue, type FrontMatterData, type FrontMatterValue } from './value';
import { removeYamlField, setYamlField } from './yaml-edit';
import { formatFlow, formatKey } from './yaml-format';

function editableBlock(text: string, options: ReadOptions) {
  const read = readFrontMatter(text, options);
  if (!read.editable || !read.split.block) {
    const first = read.problems[0];
    throw new FrontMatterEditError(first ? first.message : 'this front matter format cannot be edited', read.problems);
  }
  return { read, block: read.split.block, eol: read.split.eol };
}

/** A date written inside quotes reads back as its text; that still is the value the user set. */
function readsBack(actual: FrontMatterValue | undefined, expected: FrontMatterValue): boolean {
  return sameValue(actual, expected) || (isFrontMatterDate(expected) && actual === expected.text);
}

function othersUnchanged(before: FrontMatterData, after: FrontMatterData, key: string): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete(key);
  return [...keys].every((k) => sameValue(before[k], after[k]));
}

function verified(result: string, before: FrontMatterData, key: string, check: (data: FrontMatterData) => boolean, options: ReadOptions): string {
  const after = readFrontMatter(result, options);
  if (!after.editable || !check(after.data) || !othersUnchanged(before, after.data, key)) {
    throw new FrontMatterEditError(`cannot write "${key}" without changing other fields`);
  }
  return result;
}

/** Sets top-level `key` to `value`; returns the new text (the same string when nothing changes). */
export function setField(text: string, key: string, value: FrontMatterValue, options: ReadOptions = {}): string {
  const { hasBom, eol, block } = splitPost(text);
  if (!block) {
    const version = options.yamlVersion ?? '1.2';
    const origin = hasBom ? 1 : 0;
    const created = `${text.slice(0, origin)}---${eol}${formatKey(key, version)}: ${formatFlow(value, undefined, version)}${eol}---${eol}${text.slice(origin)}`;
    return verified(created, {}, key, (data) => readsBack(data[key], value), options);
  }
  const { read } = editableBlock(text, options);
  const result = block.format === 'yaml' ? setYamlField(text, block, key, value, options.yamlVersion ?? '1.2', eol) : setTomlField(text, block, key, value, eol);
  if (result === text) return text;
  return verified(result, read.data, key, (data) => readsBack(data[key], value), options);
}

/** Removes every occurrence of top-level `key`, and only its lines. */
export function removeField(text: string, key: string, options: ReadOptions = {}): string {
  if (!splitPost(text).block) return text;
  const { read, block } = editableBlock(text, options);
  if (!Object.hasOwn(read.data, key)) return text;
  const result = block.format === 'yaml' ? removeYamlField(text, block, key, options.yamlVersion ?? '1.2') : removeTomlField(text, block, key);
  return verified(result, read.data, key, (data) => !Object.hasOwn(data, key), options);
}
