/**
 * The values front matter holds, as plain data the renderer can keep in state. Dates are not JS
 * `Date`s (which would lose the text and shift to UTC) but `FrontMatterDate`s that keep the text.
 */

/** A date or date-time exactly as written, with what it means. */
export interface FrontMatterDate {
  kind: 'date';
  /** The scalar's text as written, without quotes: `2010-01-10 13:07:09 +05:30`. */
  text: string;
  /** ISO 8601 form, keeping the written offset: `2010-01-10T13:07:09+05:30`; no offset when none was written. */
  iso: string;
  /** The written offset (`Z`, `+05:30`), or null for a floating date or date-time. */
  offset: string | null;
}

export type FrontMatterValue = string | number | boolean | null | FrontMatterDate | FrontMatterValue[] | { [key: string]: FrontMatterValue };

export type FrontMatterData = Record<string, FrontMatterValue>;

export function isFrontMatterDate(value: unknown): value is FrontMatterDate {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { kind?: unknown }).kind === 'date' && typeof (value as { text?: unknown }).text === 'string';
}

/** Deep equality of front-matter values; dates are equal when written the same way. */
export function sameValue(a: FrontMatterValue | undefined, b: FrontMatterValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isFrontMatterDate(a) || isFrontMatterDate(b)) return isFrontMatterDate(a) && isFrontMatterDate(b) && a.text === b.text;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}
