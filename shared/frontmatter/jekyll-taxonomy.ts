/**
 * Jekyll's tags and categories, computed exactly as `Jekyll::Document` does (4.3):
 * `categories_from_path`, the categories merge of `merge_data!`, `populate_categories` and
 * `populate_tags` with `Utils.pluralized_array_from_hash`. They differ on purpose: a singular `tag`
 * replaces `tags`, while `category` is added to `categories`; plural strings split on whitespace;
 * tags keep their type (a number stays a number). Categories are made strings, but `merge_data!`
 * then unites them with the list they came from, so `categories: [2013, ~]` ends as
 * `[2013, nil, "2013", ""]` in Jekyll: these raw values are what `jekyllTaxonomy` returns.
 */
import { rubyToS } from './ruby-values';
import { isFrontMatterDate, type FrontMatterData, type FrontMatterValue } from './value';

export interface JekyllTaxonomy {
  /** Tags as Jekyll keeps them (numbers and booleans stay so; Liquid prints them as text). */
  tags: FrontMatterValue[];
  /** Categories as Jekyll keeps them: strings, plus any non-string written in a `categories` list. */
  categories: FrontMatterValue[];
  /** Set when Jekyll itself fails to read the post's categories (it then skips its front matter). */
  error?: string;
}

/** Ruby's `String#split` with no argument: on runs of whitespace, ignoring leading whitespace. */
const rubySplit = (value: string): string[] => value.split(/[ \t\n\v\f\r\0]+/).filter(Boolean);

/** Ruby's `Array()`. */
function rubyArray(value: FrontMatterValue | undefined): FrontMatterValue[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && !isFrontMatterDate(value)) return Object.entries(value).map(([k, v]) => [k, v]);
  return [value];
}

function flatten(values: FrontMatterValue[]): FrontMatterValue[] {
  return values.flatMap((value) => (Array.isArray(value) ? flatten(value) : [value]));
}

function uniq<T>(values: T[], key: (value: T) => string = String): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Ruby truthiness: only nil and false are false. */
const truthy = (value: FrontMatterValue | undefined): boolean => value !== null && value !== undefined && value !== false;

/** `Utils.pluralized_array_from_hash`. */
function pluralizedArray(data: Record<string, FrontMatterValue>, singular: string, plural: string): FrontMatterValue[] {
  let value: FrontMatterValue | undefined = Object.hasOwn(data, singular) ? data[singular] : undefined;
  if (!truthy(value) && Object.hasOwn(data, plural)) {
    const many = data[plural];
    value = typeof many === 'string' ? rubySplit(many) : Array.isArray(many) ? many.filter((v) => v !== null) : undefined;
  } else if (!truthy(value)) value = undefined;
  return flatten([value ?? null]).filter((v) => v !== null);
}

/** `Document#categories_from_path`: folders above `_posts` (or `_drafts`) are categories. */
export function categoriesFromPath(relPath: string): string[] {
  const special = relPath.split('/').includes('_drafts') ? '_drafts' : '_posts';
  if (relPath.startsWith(special)) return [];
  const base = relPath.split('/').pop();
  return relPath
    .replace(new RegExp(`${special}.*`, 's'), '')
    .split('/')
    .filter((dir) => dir !== '' && dir !== special && dir !== base);
}

const typedKey = (value: FrontMatterValue): string => `${typeof value}:${JSON.stringify(value)}`;

export function jekyllTaxonomy(relPath: string, frontMatter: FrontMatterData): JekyllTaxonomy {
  const data: Record<string, FrontMatterValue> = { ...frontMatter, categories: categoriesFromPath(relPath) };
  let error: string | undefined;
  if (Object.hasOwn(frontMatter, 'categories')) {
    // `merge_categories!`: a string splits; an array is united with the folder categories.
    const written = frontMatter.categories as FrontMatterValue;
    const other = typeof written === 'string' ? rubySplit(written) : written;
    if (other === null) data.categories = null;
    else if (Array.isArray(other)) data.categories = uniq([...(data.categories as FrontMatterValue[]), ...other], typedKey);
    else error = `categories must be a list or a string (Jekyll fails with "no implicit conversion into Array")`;
  }
  if (error) return { tags: [], categories: [], error };
  const populated = uniq([...rubyArray(data.categories), ...pluralizedArray(data, 'category', 'categories')].map(rubyToS));
  // `merge_data!` unites the populated strings with the categories merged so far.
  const merged = Array.isArray(data.categories) ? uniq([...data.categories, ...populated], typedKey) : populated;
  return { tags: pluralizedArray(data, 'tag', 'tags'), categories: merged };
}
