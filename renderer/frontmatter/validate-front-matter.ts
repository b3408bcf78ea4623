/**
 * Inline checks on the open post's front matter. They only inform: a save of the post is never
 * blocked by them. Each issue names the form field it belongs to, or null for the whole block.
 */
import type { SiteKind } from '../../shared/site';
import { isFrontMatterDate, parseDateText, type FrontMatterValue } from '../../shared/frontmatter';
import { isCalendarDate } from './date-input';
import type { FormModel } from './form-model';
import type { TermField } from './term-field';

export interface Issue {
  field: string | null;
  message: string;
  severity: 'error' | 'warning';
}

function titleIssues(value: FrontMatterValue | undefined): Issue[] {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return [{ field: 'title', message: 'The post has no title.', severity: 'warning' }];
  if (typeof value === 'object') return [{ field: 'title', message: 'The title is not text.', severity: 'warning' }];
  return [];
}

/** The calendar day a date value names (`YYYY-MM-DD`), or an issue when it names none. */
function readDate(value: FrontMatterValue): { day: string } | Issue {
  const date = isFrontMatterDate(value) ? value : typeof value === 'string' ? parseDateText(value.trim()) : null;
  const text = typeof value === 'string' ? value : isFrontMatterDate(value) ? value.text : JSON.stringify(value);
  if (!date) return { field: 'date', message: `“${text}” is not a date the site can read (use 2024-01-29 or 2024-01-29 08:00:00 +01:00).`, severity: 'error' };
  const [year, month, day] = date.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (!isCalendarDate(year, month, day)) return { field: 'date', message: `${date.iso.slice(0, 10)} is not a day of the calendar.`, severity: 'error' };
  return { day: date.iso.slice(0, 10) };
}

/** Jekyll dates a post by its filename too; the front matter wins, so a mismatch is usually a slip. */
function filenameDay(kind: SiteKind, path: string): string | null {
  if (kind !== 'jekyll' || !path.split('/').includes('_posts')) return null;
  return /^(\d{4}-\d{2}-\d{2})-/.exec(path.split('/').pop() ?? '')?.[1] ?? null;
}

function dateIssues(kind: SiteKind, path: string, value: FrontMatterValue | undefined): Issue[] {
  if (value === undefined) return [];
  const date = readDate(value);
  if ('message' in date) return [date];
  const named = filenameDay(kind, path);
  if (named && named !== date.day) return [{ field: 'date', message: `The filename says ${named} but the date says ${date.day}.`, severity: 'warning' }];
  return [];
}

function termIssues(field: TermField, name: 'tags' | 'categories'): Issue[] {
  const noun = name === 'tags' ? 'Tag' : 'Category';
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  for (const chip of field.chips) {
    if (chip.trim() === '') issues.push({ field: name, message: `${noun} list has an empty entry.`, severity: 'warning' });
    else if (chip !== chip.trim()) issues.push({ field: name, message: `${noun} “${chip}” has spaces around it.`, severity: 'warning' });
    const lower = chip.trim().toLowerCase();
    const earlier = seen.get(lower);
    if (earlier === chip) issues.push({ field: name, message: `${noun} “${chip}” is listed twice.`, severity: 'warning' });
    else if (earlier !== undefined) issues.push({ field: name, message: `${noun}s “${earlier}” and “${chip}” differ only in case or spacing.`, severity: 'warning' });
    else seen.set(lower, chip);
  }
  return issues;
}

export function validateFrontMatter(model: FormModel, kind: SiteKind, path: string): Issue[] {
  // The reader's problems include keys written twice.
  const block: Issue[] = model.problems.map((p) => ({ field: null, message: `Line ${p.line}: ${p.message}`, severity: p.severity }));
  if (!model.editable) return block;
  return [...block, ...titleIssues(model.data.title), ...dateIssues(kind, path, model.data.date), ...termIssues(model.tags, 'tags'), ...termIssues(model.categories, 'categories')];
}
