/**
 * Renames, merges or deletes terms in one post's text, editing only the field each term comes
 * from, in its own style, through the lossless `setField`/`removeField`.
 *
 * Where a term comes from follows the site engine: in Jekyll a truthy singular `tag` replaces
 * `tags` (so only `tag` is edited), categories gather `categories` and `category` (both edited)
 * and the folders above `_posts/` (which no front-matter edit can change: reported); a plural
 * string is a whitespace-separated list and stays a string. Other engines read `tags` and
 * `categories`, a lone string being one term. The result is read back with the engine's rules and
 * must hold exactly the expected terms, or the post is left as it was and reported.
 */
import { categoriesFromPath, FrontMatterEditError, isFrontMatterDate, postTaxonomy, readFrontMatter, removeField, setField, splitPost, yamlVersionFor, type FrontMatterData, type FrontMatterValue, type ReadOptions } from './frontmatter';
import { rubyToS } from './frontmatter/ruby-values';
import { scanFields } from './frontmatter/summary-scan';
import type { SiteKind } from './site';
import type { TaxonomyKind, TaxonomyOperation, UnresolvedReason } from './taxonomy';

/** An operation as one mapping: every term of `from` becomes `into`, or goes when `into` is null. */
export interface TermMapping {
  kind: TaxonomyKind;
  from: ReadonlySet<string>;
  into: string | null;
}

export function termMapping(operation: TaxonomyOperation): TermMapping {
  if (operation.type === 'delete') return { kind: operation.kind, from: new Set(operation.terms), into: null };
  const from = operation.type === 'rename' ? [operation.from] : operation.from;
  const into = operation.type === 'rename' ? operation.to : operation.into;
  return { kind: operation.kind, from: new Set(from.filter((term) => term !== into)), into };
}

export interface PostTermEdit {
  /** The new text; the same string when nothing changes. */
  text: string;
  /** Fields edited, in order. */
  fields: string[];
  /** Why a term the mapping removes stays on the post, if it does. */
  unresolved: { reason: UnresolvedReason; message: string } | null;
}

/** `plural`: Jekyll's `tags`/`categories` (a string is split on whitespace, other scalars ignored); `single`: a string is one term. */
type Mode = 'plural' | 'single';
/** Marks a field to remove: no term is left in a string or a single value. */
const REMOVE = Symbol('remove');
type Mapped = FrontMatterValue | typeof REMOVE;

const truthy = (value: FrontMatterValue | undefined) => value !== undefined && value !== null && value !== false;
/** A scalar that names one term (a string, number, boolean or date), not a list, a map or nothing. */
const isTerm = (value: FrontMatterValue): boolean => value !== null && (typeof value !== 'object' || isFrontMatterDate(value));

/** The fields the terms of `kind` come from on this post, with how each is read. */
function sources(site: SiteKind, kind: TaxonomyKind, data: FrontMatterData): [string, Mode][] {
  if (site !== 'jekyll') return [[kind, 'single']];
  if (kind === 'tags') return truthy(data.tag) ? [['tag', 'single']] : [['tags', 'plural']];
  return truthy(data.category) ? [['categories', 'plural'], ['category', 'single']] : [['categories', 'plural']];
}

/**
 * Whether the post carries the new name yet. The first mapped term takes it (unless the post
 * already had it); every later one, in any field, is dropped: a merge never writes a term twice.
 */
interface Placement {
  into: string | null;
  placed: boolean;
}

function takesName(placement: Placement): boolean {
  if (placement.into === null || placement.placed) return false;
  placement.placed = true;
  return true;
}

function mapList(list: FrontMatterValue[], mapping: TermMapping, placement: Placement): FrontMatterValue[] {
  return list.flatMap((value): FrontMatterValue[] => {
    if (Array.isArray(value)) return [mapList(value, mapping, placement)];
    if (!isTerm(value) || !mapping.from.has(rubyToS(value))) return [value];
    return takesName(placement) ? [placement.into as string] : [];
  });
}

/** A whitespace-separated string with its terms mapped, keeping the spacing around the words that stay. */
function mapWords(text: string, mapping: TermMapping, placement: Placement): Mapped {
  const parts = text.split(/([ \t\n\v\f\r\0]+)/);
  const words = parts.flatMap((part, index) => (index % 2 === 0 && part !== '' ? [{ index, name: part }] : []));
  if (!words.some((word) => mapping.from.has(word.name))) return text;
  const kept = words.flatMap((word) => {
    if (!mapping.from.has(word.name)) return [word];
    return takesName(placement) ? [{ index: word.index, name: placement.into as string }] : [];
  });
  if (kept.length === 0) return REMOVE;
  // A name with a space cannot live in a whitespace-separated string: the field becomes a list.
  if (kept.some((word) => /[ \t\n\v\f\r\0]/.test(word.name))) return kept.map((word) => word.name);
  const leading = parts[0] === '' ? (parts[1] ?? '') : '';
  const trailing = parts.length > 2 && parts[parts.length - 1] === '' ? (parts[parts.length - 2] ?? '') : '';
  return leading + kept.map((word, k) => `${k === 0 ? '' : (parts[word.index - 1] ?? ' ')}${word.name}`).join('') + trailing;
}

function mapValue(value: FrontMatterValue, mode: Mode, mapping: TermMapping, placement: Placement): Mapped {
  if (Array.isArray(value)) return mapList(value, mapping, placement);
  if (typeof value === 'string' && mode === 'plural') return mapWords(value, mapping, placement);
  if (mode === 'plural' || !isTerm(value) || !mapping.from.has(rubyToS(value))) return value;
  return takesName(placement) ? (placement.into as string) : REMOVE;
}

function termsOf(site: SiteKind, relPath: string, data: FrontMatterData, kind: TaxonomyKind): string[] {
  return postTaxonomy(site, relPath, data)[kind];
}

/**
 * The terms the post should end with: those the mapping leaves, the folder categories it cannot
 * remove, and the new name once a field took it (or the post had it already).
 */
function expectedTerms(before: string[], mapping: TermMapping, folders: string[], placement: Placement): Set<string> {
  const expected = new Set(before.filter((term) => !mapping.from.has(term) || folders.includes(term)));
  if (placement.placed && placement.into !== null) expected.add(placement.into);
  return expected;
}

/** The fields terms come from. */
const TERM_FIELDS: ReadonlySet<string> = new Set(['tags', 'tag', 'categories', 'category']);

/**
 * The term fields of a post, and why its block cannot be edited (null when it can). The index's
 * fast line scan answers for the common simple blocks (a thousand-post rename reads each post
 * twice); anything it declines is read fully.
 */
function termFields(text: string, options: ReadOptions): { data: FrontMatterData; problem: string | null } {
  const { block } = splitPost(text);
  const scanned = block?.format === 'yaml' ? scanFields(text, block, TERM_FIELDS) : null;
  if (scanned) return { data: scanned, problem: null };
  const read = readFrontMatter(text, options);
  return { data: read.data, problem: read.editable ? null : (read.problems[0]?.message ?? 'the front matter cannot be edited') };
}

const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((item) => b.has(item));

export function editPostTerms(site: SiteKind, relPath: string, text: string, mapping: TermMapping): PostTermEdit {
  const unchanged = (unresolved: PostTermEdit['unresolved'] = null): PostTermEdit => ({ text, fields: [], unresolved });
  const options = { yamlVersion: yamlVersionFor(site) };
  const read = termFields(text, options);
  const before = termsOf(site, relPath, read.data, mapping.kind);
  if (!before.some((term) => mapping.from.has(term))) return unchanged();
  if (read.problem !== null) return unchanged({ reason: 'front-matter', message: read.problem });
  const folders = site === 'jekyll' && mapping.kind === 'categories' ? categoriesFromPath(relPath) : [];
  const placement: Placement = { into: mapping.into, placed: mapping.into !== null && before.includes(mapping.into) };
  let result = text;
  const fields: string[] = [];
  try {
    for (const [field, mode] of sources(site, mapping.kind, read.data)) {
      if (!Object.hasOwn(read.data, field)) continue;
      const next = mapValue(read.data[field] as FrontMatterValue, mode, mapping, placement);
      if (next === read.data[field]) continue;
      if (next === REMOVE && field === 'tag' && Object.hasOwn(read.data, 'tags')) {
        return unchanged({ reason: 'shadowed', message: 'removing the last `tag` would make the `tags` it hides count: edit this post by hand' });
      }
      const edited = next === REMOVE ? removeField(result, field, options) : setField(result, field, next, options);
      if (edited !== result) fields.push(field);
      result = edited;
    }
  } catch (error) {
    if (!(error instanceof FrontMatterEditError)) throw error;
    return unchanged({ reason: 'front-matter', message: error.message });
  }
  const after = new Set(termsOf(site, relPath, termFields(result, options).data, mapping.kind));
  if (!same(after, expectedTerms(before, mapping, folders, placement))) {
    return unchanged({ reason: 'value', message: `the ${mapping.kind} of this post are written in a way that cannot be edited term by term` });
  }
  const left = before.filter((term) => mapping.from.has(term) && folders.includes(term));
  const unresolved = left.length ? { reason: 'folder' as const, message: `${left.map((t) => `"${t}"`).join(', ')} comes from the post's folder: move the file to change it` } : null;
  return { text: result, fields, unresolved };
}
