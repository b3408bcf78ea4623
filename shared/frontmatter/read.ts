/**
 * `readFrontMatter`: split a post and read its block, whatever its format. Problems carry lines and
 * columns in the whole file; a block that cannot be parsed yields no data but keeps its raw text.
 */
import type { Problem } from '../post';
import { readJsonBlock } from './json-read';
import { splitPost, type FrontMatterFormat, type SplitPost } from './split';
import { readTomlBlock } from './toml-read';
import type { FrontMatterData } from './value';
import { readYamlBlock, type YamlVersion } from './yaml-read';

export interface ReadOptions {
  /** `1.1` for Jekyll sites (Psych), `1.2` otherwise. Default `1.2`. */
  yamlVersion?: YamlVersion;
}

export interface FrontMatterRead {
  /** Null when the post has no front matter. */
  format: FrontMatterFormat | null;
  data: FrontMatterData;
  problems: Problem[];
  /** Keys written more than once in the block. */
  duplicates: string[];
  /** The block's content exactly as written (shown raw when it cannot be parsed). */
  raw: string;
  /** True when the block could be parsed, so it may be edited. */
  editable: boolean;
  split: SplitPost;
}

export function readFrontMatter(text: string, options: ReadOptions = {}): FrontMatterRead {
  const split = splitPost(text);
  const { block } = split;
  if (!block) return { format: null, data: {}, problems: [], duplicates: [], raw: '', editable: true, split };
  const raw = text.slice(block.contentStart, block.contentEnd);
  if (block.format === 'yaml') {
    const { data, problems, duplicates } = readYamlBlock(text, block, options.yamlVersion ?? '1.2');
    return { format: 'yaml', data, problems, duplicates, raw, editable: !problems.some((p) => p.severity === 'error'), split };
  }
  const { data, problems } = block.format === 'toml' ? readTomlBlock(text, block) : readJsonBlock(text, block);
  return { format: block.format, data, problems, duplicates: [], raw, editable: problems.length === 0 && block.format === 'toml', split };
}
