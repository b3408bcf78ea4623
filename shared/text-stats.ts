/** Word count and reading time of a Markdown body, the same in the post list and the status bar. */

const WORDS_PER_MINUTE = 230;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** Classification of BMP characters, filled on first sight: 0 unknown, 1 letter or number, 2 other. */
const bmpClass = new Uint8Array(0x10000);

function isLetterOrNumber(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(code));
  if (bmpClass[code] === 0) bmpClass[code] = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 1 : 2;
  return bmpClass[code] === 1;
}

/** Apostrophes, underscores and hyphens join the parts of one word (it's, well-known). */
const isJoiner = (code: number) => code === 39 || code === 0x2019 || code === 95 || code === 45;

/**
 * Counts words the way a reader would: code fences, HTML tags, link targets and Markdown marks do
 * not count. A loop instead of a global match: the index counts every post at start-up, and
 * building an array of every word was most of its cost.
 */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{[%{][\s\S]*?[%}]\}/g, ' ');
  let words = 0;
  let inWord = false;
  for (let i = 0; i < prose.length; i++) {
    const code = prose.codePointAt(i) as number;
    if (code > 0xffff) i++;
    if (isLetterOrNumber(code)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && isJoiner(code))) inWord = false;
  }
  return words;
}

/** Whole minutes, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
