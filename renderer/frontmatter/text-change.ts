/**
 * The smallest single change turning one text into another (common prefix and suffix kept), so a
 * form edit reaches CodeMirror as one transaction that touches only the edited field's characters.
 */

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/** Null when the texts are equal. `from`/`to` index `before`. */
export function minimalChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never end the prefix inside a surrogate pair or a CRLF, nor start the suffix inside one.
  if (start > 0 && isFirstHalf(before.charCodeAt(start - 1)) && (isSecondHalf(before.charCodeAt(start)) || isSecondHalf(after.charCodeAt(start)))) start--;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  const b = before.length - end;
  const a = after.length - end;
  if (end > 0 && isSecondHalf(before.charCodeAt(b)) && (isFirstHalf(before.charCodeAt(b - 1)) || isFirstHalf(after.charCodeAt(a - 1)))) end--;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

const isFirstHalf = (code: number): boolean => (code >= 0xd800 && code <= 0xdbff) || code === 13;
const isSecondHalf = (code: number): boolean => (code >= 0xdc00 && code <= 0xdfff) || code === 10;

/** Applies a change; `applyChange(a, minimalChange(a, b)) === b`. */
export function applyChange(text: string, change: TextChange | null): string {
  return change ? text.slice(0, change.from) + change.insert + text.slice(change.to) : text;
}
