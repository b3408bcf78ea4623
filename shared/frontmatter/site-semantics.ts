/**
 * What a post's front matter means on its site: drafts, tags and categories, per engine. Jekyll's
 * rules live in `jekyll-taxonomy.ts`; Hugo and the others take lists (a lone string is one term).
 */
import type { SiteKind } from '../site';
import { jekyllTaxonomy } from './jekyll-taxonomy';
import { rubyToS } from './ruby-values';
import type { FrontMatterData, FrontMatterValue } from './value';
import type { YamlVersion } from './yaml-read';

/** Jekyll reads YAML 1.1 (Ruby's Psych); the JavaScript and Go engines read 1.2. */
export function yamlVersionFor(kind: SiteKind): YamlVersion {
  return kind === 'jekyll' ? '1.1' : '1.2';
}

/**
 * Drafts: Jekyll's `_drafts/` folder or `published: false`; Hugo's `draft: true`; elsewhere
 * `draft: true` or `published: false`.
 */
export function isDraft(kind: SiteKind, relPath: string, data: FrontMatterData): boolean {
  if (kind === 'jekyll') return relPath.split('/').includes('_drafts') || data.published === false;
  if (kind === 'hugo') return data.draft === true;
  return data.draft === true || data.published === false;
}

/** Terms as the post list shows them: text, without empty names or repeats. */
function names(list: FrontMatterValue[]): string[] {
  return [...new Set(list.filter((item) => item !== null && item !== '').map(rubyToS))];
}

function terms(value: FrontMatterValue | undefined): string[] {
  return names(Array.isArray(value) ? value : value === undefined ? [] : [value]);
}

export interface PostTaxonomy {
  tags: string[];
  categories: string[];
  error?: string;
}

export function postTaxonomy(kind: SiteKind, relPath: string, data: FrontMatterData): PostTaxonomy {
  if (kind === 'jekyll') {
    const { tags, categories, error } = jekyllTaxonomy(relPath, data);
    return { tags: names(tags), categories: names(categories), ...(error ? { error } : {}) };
  }
  return { tags: terms(data.tags), categories: terms(data.categories) };
}
