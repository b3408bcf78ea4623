/** Word count and reading time of a Markdown body, the same in the post list and the status bar. */

const WORDS_PER_MINUTE = 230;

/** Counts words the way a reader would: code fences, HTML tags, link targets and Markdown marks do not count. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{[%{][\s\S]*?[%}]\}/g, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
