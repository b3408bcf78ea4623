/** How Ruby turns the values Psych loads into strings (`to_s`, `inspect`), which Jekyll does to categories. */
import { isFrontMatterDate, type FrontMatterValue } from './value';

function rubyFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  const text = String(value);
  if (/e/.test(text)) return text.replace(/^(-?\d+)e/, '$1.0e');
  return text;
}

/** A date-time as Ruby's `Time#to_s` prints it; Psych reads one without an offset as UTC. */
function rubyTime(iso: string, offset: string | null): string {
  const [date, time = '00:00:00'] = iso.split('T') as [string, string?];
  const clock = time.replace(/(Z|[-+]\d{2}:\d{2})$/, '').replace(/\.\d+$/, '');
  if (offset === null || offset === 'Z') return `${date} ${clock} UTC`;
  return `${date} ${clock} ${offset.replace(':', '')}`;
}

export function rubyInspect(value: FrontMatterValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'nil';
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  if (typeof value === 'object' && !isFrontMatterDate(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}=>${rubyInspect(v)}`).join(', ')}}`;
  return rubyToS(value);
}

/** `value.to_s` for a value Psych loaded (a float written `1.0` reads as the number 1 here and prints `1`). */
export function rubyToS(value: FrontMatterValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : rubyFloat(value);
  if (isFrontMatterDate(value)) return value.iso.includes('T') ? rubyTime(value.iso, value.offset) : value.iso;
  return rubyInspect(value);
}
