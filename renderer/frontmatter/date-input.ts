/**
 * Between a written front-matter date and the browser's date, time and time-zone inputs. The picked
 * parts go back through `dateValue`, which writes them in the style of the date they replace.
 */
import { dateValue, type DateParts, type FrontMatterDate } from '../../shared/frontmatter';

export interface DateInputs {
  /** `YYYY-MM-DD`, as `<input type="date">` takes it. */
  day: string;
  /** `HH:MM:SS`, or '' for a date without a time. */
  time: string;
  /** `+05:30`, `Z`, or '' for none. */
  offset: string;
}

export function dateInputs(value: FrontMatterDate): DateInputs {
  const time = value.iso.length > 10 ? value.iso.slice(11, 19) : '';
  return { day: value.iso.slice(0, 10), time, offset: value.offset ?? '' };
}

const OFFSET = /^(?:Z|[-+]\d{1,2}(?::?\d{2})?)$/i;

/** Whether a typed time zone can be written: empty, `Z`, `+01:00`, `+0100`, `-5`. */
export const validOffset = (offset: string): boolean => offset.trim() === '' || OFFSET.test(offset.trim());

/** The parts for `dateValue`, or null when an input does not hold a real date or time. */
export function dateParts(inputs: DateInputs): DateParts | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(inputs.day);
  if (!day) return null;
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
  if (!isCalendarDate(year, month, date)) return null;
  const parts: DateParts = { year, month, day: date };
  if (inputs.time === '') return parts;
  const time = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(inputs.time);
  if (!time || !validOffset(inputs.offset)) return null;
  const [hour, minute, second] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  parts.time = { hour, minute, second };
  if (inputs.offset.trim() !== '') parts.offset = inputs.offset.trim();
  return parts;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The new value for inputs changed from `previous` (null for a post without a date). */
export function pickedDate(inputs: DateInputs, previous: FrontMatterDate | null): FrontMatterDate | null {
  const parts = dateParts(inputs);
  return parts && dateValue(parts, previous);
}
