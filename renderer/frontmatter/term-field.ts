/**
 * Tags and categories as the chip inputs show them, and the value written back in the style the post
 * already uses: a list stays a list, Jekyll's space-separated `categories: writing life` stays a
 * string while no name has a space, a singular `category: x` stays a string while there is one.
 */
import type { SiteKind } from '../../shared/site';
import { isFrontMatterDate, type FrontMatterData, type FrontMatterValue } from '../../shared/frontmatter';

export type TermStyle = 'list' | 'words' | 'single';

export interface TermField {
  /** The key the chips edit: the plural one unless only the singular is written. */
  key: string;
  chips: string[];
  style: TermStyle;
  /** The written list items, so untouched ones (numbers, quoted) are written back as they were. */
  items: FrontMatterValue[];
}

/** How a scalar term reads as text (Jekyll prints numbers and booleans as written). */
export function termText(value: FrontMatterValue): string {
  if (value === null) return '';
  if (isFrontMatterDate(value)) return value.text;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function termField(kind: SiteKind, data: FrontMatterData, plural: 'tags' | 'categories'): TermField {
  const singularKey = plural === 'tags' ? 'tag' : 'category';
  const key = !Object.hasOwn(data, plural) && Object.hasOwn(data, singularKey) ? singularKey : plural;
  const value = data[key];
  if (Array.isArray(value)) return { key, chips: value.map(termText), style: 'list', items: value };
  if (value === undefined || value === null) return { key, chips: [], style: key === plural ? 'list' : 'single', items: [] };
  const text = termText(value);
  // Jekyll splits a plural string on whitespace; a singular one, and any string elsewhere, is one term.
  if (kind === 'jekyll' && key === plural && typeof value === 'string') {
    return { key, chips: text.split(/\s+/).filter(Boolean), style: 'words', items: [] };
  }
  return { key, chips: text === '' ? [] : [text], style: 'single', items: [value] };
}

/** The value to write for `chips`, or undefined to remove the key (a singular key left empty). */
export function termValue(field: TermField, chips: readonly string[]): FrontMatterValue | undefined {
  if (field.style === 'words' && chips.length > 0 && chips.every((chip) => !/\s/.test(chip))) return chips.join(' ');
  if (field.style === 'single' && chips.length === 1) {
    const kept = field.items.find((item) => termText(item) === chips[0]);
    return kept ?? (chips[0] as string);
  }
  if (field.style !== 'list' && chips.length === 0) return undefined;
  const used = new Set<number>();
  return chips.map((chip) => {
    const index = field.items.findIndex((item, i) => !used.has(i) && termText(item) === chip);
    if (index === -1) return chip;
    used.add(index);
    return field.items[index] as FrontMatterValue;
  });
}
