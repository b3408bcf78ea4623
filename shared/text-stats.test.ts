import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './text-stats';

describe('countWords', () => {
  it('counts prose words, including contractions and hyphenated words as one', () => {
    expect(countWords("It's a well-known fact: blogs aren't dead.")).toBe(7);
  });
  it('does not count Markdown marks, link targets, HTML tags or code fences', () => {
    const body = '# Title\n\nSee [the docs](https://example.com/a/b) and <kbd>Ctrl</kbd>.\n\n```js\nconst a = 1;\n```\n\n- **bold** item\n';
    expect(countWords(body)).toBe(8);
  });
  it('does not count Liquid tags', () => {
    expect(countWords('Hello {% include note.html %} world {{ page.title }}')).toBe(2);
  });
  it('counts words in other scripts', () => {
    expect(countWords('Café déjà vu — Привет мир')).toBe(5);
  });
});

describe('readingMinutes', () => {
  it('is zero for nothing, at least one minute otherwise, then proportional', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});
