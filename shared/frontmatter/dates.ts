/**
 * Dates as front matter writes them: `2024-01-29`, `2010-01-10 13:07:09 +05:30`, `2024-01-29T08:00:00Z`.
 * A date is read into its parts without converting to UTC, and a changed date is written back in the
 * style of the one it replaces, so the day never moves across time zones.
 */
import type { FrontMatterDate } from './value';

const DATE_TEXT =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(\.\d+)?(?:([ \t]*)(Z|z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;

const pad = (value: string | number, width = 2): string => String(value).padStart(width, '0');

/** Normalizes a written offset to `Z` or `±hh:mm`. */
function normalizeOffset(offset: string): string {
  if (/^z$/i.test(offset)) return 'Z';
  const match = /^([-+])(\d{1,2}):?(\d{2})?$/.exec(offset);
  if (!match) return offset;
  return `${match[1]}${pad(match[2] as string)}:${match[3] ?? '00'}`;
}

/** Reads a date or date-time text (a YAML 1.1 timestamp); null when the text is not one. */
export function parseDateText(text: string): FrontMatterDate | null {
  const m = DATE_TEXT.exec(text);
  if (!m) return null;
  const [, year, month, day, , hour, minute, second, fraction, , offset] = m;
  const date = `${year}-${pad(month as string)}-${pad(day as string)}`;
  if (hour === undefined) return { kind: 'date', text, iso: date, offset: null };
  const normalized = offset === undefined ? null : normalizeOffset(offset);
  return { kind: 'date', text, iso: `${date}T${pad(hour)}:${minute}:${second}${fraction ?? ''}${normalized ?? ''}`, offset: normalized };
}

/** A date the user picked: calendar parts, and optionally a time and an offset (`+05:30`, `Z`). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
  offset?: string;
}

/** The style of a written date: separators, and how its offset was written. */
function styleOf(previous: FrontMatterDate | null): { separator: string; offsetGap: string; colon: boolean } {
  const m = previous ? DATE_TEXT.exec(previous.text) : null;
  return { separator: m?.[4] ?? ' ', offsetGap: m?.[9] ?? ' ', colon: m?.[10] === undefined || m[10].includes(':') || /^z$/i.test(m[10]) };
}

/**
 * Writes `parts` in the style of `previous` (the date it replaces), or the site's usual style when
 * `previous` is null: `2024-01-29`, or `2024-01-29 08:00:00 +01:00` when a time is given.
 */
export function formatDate(parts: DateParts, previous: FrontMatterDate | null): string {
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (!parts.time) return date;
  const style = styleOf(previous);
  const time = `${pad(parts.time.hour)}:${pad(parts.time.minute)}:${pad(parts.time.second)}`;
  if (parts.offset === undefined) return `${date}${style.separator}${time}`;
  const offset = normalizeOffset(parts.offset);
  const written = offset === 'Z' || style.colon ? offset : offset.replace(':', '');
  return `${date}${style.separator}${time}${offset === 'Z' ? '' : style.offsetGap}${written}`;
}

/** The date as a value for `setField`, written in the style of `previous`. */
export function dateValue(parts: DateParts, previous: FrontMatterDate | null): FrontMatterDate {
  return parseDateText(formatDate(parts, previous)) as FrontMatterDate;
}
