/**
 * What the form shows for a post, read from the editor's text on every change (the text is the one
 * source of truth): the known fields, the draft switch in the site's convention, and every other
 * field with the kind of editor its value needs, in the order written. Nothing is left out.
 */
import type { Problem } from '../../shared/post';
import type { SiteKind } from '../../shared/site';
import { isFrontMatterDate, readFrontMatter, yamlVersionFor, type FrontMatterData, type FrontMatterFormat, type FrontMatterValue, type YamlVersion } from '../../shared/frontmatter';
import { termField, type TermField } from './term-field';

/** How a post is marked as a draft on its site. */
export type DraftState =
  /** Jekyll `_drafts/`: a draft by where it lives; publishing moves the file. */
  | { mode: 'folder' }
  /** `published: false` (Jekyll `_posts/`). */
  | { mode: 'published'; draft: boolean }
  /** `draft: true` (Hugo and most others). */
  | { mode: 'draft'; draft: boolean };

export type ValueType = 'text' | 'multiline' | 'number' | 'boolean' | 'date' | 'null' | 'list' | 'complex';

export interface OtherField {
  key: string;
  type: ValueType;
  value: FrontMatterValue;
}

export interface FormModel {
  format: FrontMatterFormat | null;
  yamlVersion: YamlVersion;
  /** False while the block cannot be parsed (or is JSON): the form is then read-only. */
  editable: boolean;
  problems: Problem[];
  /** The block's text as written, and the file line of its first line. */
  raw: string;
  rawLine: number;
  data: FrontMatterData;
  tags: TermField;
  categories: TermField;
  draft: DraftState;
  others: OtherField[];
}

/** Keys with their own editor at the top of the form (besides the term and draft keys). */
export const MAIN_KEYS = ['title', 'date', 'layout', 'description', 'excerpt', 'image', 'permalink'] as const;

export function valueType(value: FrontMatterValue): ValueType {
  if (value === null) return 'null';
  if (typeof value === 'string') return value.includes('\n') ? 'multiline' : 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (isFrontMatterDate(value)) return 'date';
  if (Array.isArray(value)) return value.every((item) => item === null || typeof item !== 'object' || isFrontMatterDate(item)) ? 'list' : 'complex';
  return 'complex';
}

function draftState(kind: SiteKind, path: string, data: FrontMatterData): DraftState {
  if (kind === 'jekyll') return path.split('/').includes('_drafts') ? { mode: 'folder' } : { mode: 'published', draft: data.published === false };
  if (kind !== 'hugo' && Object.hasOwn(data, 'published') && !Object.hasOwn(data, 'draft')) return { mode: 'published', draft: data.published === false };
  return { mode: 'draft', draft: data.draft === true };
}

export function formModel(text: string, kind: SiteKind, path: string): FormModel {
  const yamlVersion = yamlVersionFor(kind);
  const read = readFrontMatter(text, { yamlVersion });
  const { data } = read;
  const tags = termField(kind, data, 'tags');
  const categories = termField(kind, data, 'categories');
  const draft = draftState(kind, path, data);
  const shown = new Set<string>([...MAIN_KEYS, tags.key, categories.key]);
  if (draft.mode !== 'folder') shown.add(draft.mode);
  const others = Object.keys(data)
    .filter((key) => !shown.has(key))
    .map((key) => ({ key, type: valueType(data[key] as FrontMatterValue), value: data[key] as FrontMatterValue }));
  return {
    format: read.format,
    yamlVersion,
    editable: read.editable && read.format !== 'json',
    problems: read.problems,
    raw: read.raw,
    rawLine: read.split.block?.contentLine ?? 1,
    data,
    tags,
    categories,
    draft,
    others,
  };
}
