/**
 * Long, realistic Markdown posts for the editor benchmark and the scroll-sync test: sections with
 * numbered headings, hard-wrapped paragraphs with emphasis, links and inline code, lists, quotes
 * and fenced code. Deterministic (seeded), so runs compare.
 */

const WORDS = (
  'the a of to and in that is for it as with was on be by this are or at from draft post write ' +
  'reader page markdown editor preview heading paragraph sentence revision notebook morning idea ' +
  'folder file site theme layout image link quote list code build publish blog story note word ' +
  'quiet careful simple plain small clear slow early late honest useful patient open steady'
).split(' ');

/** A small linear congruential generator: the same seed gives the same post. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Joins words into lines of at most `width` characters, as hand-wrapped posts are. */
function wrap(words: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The heading text of section `n` (1-based), unique in the post. */
export function sectionTitle(n: number): string {
  return `Section ${n}: notes on the draft`;
}

export interface LongPost {
  /** The whole file: front matter and body. */
  text: string;
  /** Prose words in the body (what a word counter reports, roughly). */
  words: number;
  /** Number of `## Section n` headings. */
  sections: number;
}

export interface LongPostOptions {
  /** Stop after this many body words… */
  words?: number;
  /** …or after this many lines, whichever is given. */
  lines?: number;
  /** Wrap paragraphs at this width (default 78). */
  width?: number;
  seed?: number;
}

/** A post of about `words` words (or `lines` lines), in sections of roughly 300 words. */
export function longPost({ words: wordGoal, lines: lineGoal, width = 78, seed = 7 }: LongPostOptions): LongPost {
  const next = random(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)] as string;
  const out: string[] = ['---', `title: A long post of ${wordGoal ?? lineGoal} ${wordGoal ? 'words' : 'lines'}`, 'date: 2024-06-01', 'tags: [bench]', '---', ''];
  let words = 0;
  let sections = 0;
  const done = () => (wordGoal !== undefined ? words >= wordGoal : out.length >= (lineGoal ?? 0));

  const sentence = (): string[] => {
    const count = 6 + Math.floor(next() * 12);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const word = pick();
      const roll = next();
      if (roll < 0.03) parts.push(`*${word}*`);
      else if (roll < 0.05) parts.push(`**${word}**`);
      else if (roll < 0.065) parts.push(`[${word}](https://example.com/${word})`);
      else if (roll < 0.075) parts.push(`\`${word}()\``);
      else parts.push(word);
    }
    words += count;
    const first = parts[0] as string;
    parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
    parts[parts.length - 1] += '.';
    return parts;
  };
  const paragraph = () => {
    const parts: string[] = [];
    const sentences = 2 + Math.floor(next() * 5);
    for (let i = 0; i < sentences; i++) parts.push(...sentence());
    out.push(...wrap(parts, width), '');
  };
  const block = () => {
    const roll = next();
    if (roll < 0.12) {
      for (let i = 0, n = 3 + Math.floor(next() * 3); i < n; i++) out.push(`- ${sentence().join(' ')}`);
      out.push('');
    } else if (roll < 0.18) {
      out.push(...wrap(sentence(), width - 2).map((line) => `> ${line}`), '');
    } else if (roll < 0.24) {
      const name = pick();
      out.push('```js', `function ${name}Count(text) {`, `  const ${name} = text.split(/\\s+/);`, `  return ${name}.filter(Boolean).length; // ${pick()} ${pick()}`, '}', '```', '');
    } else paragraph();
  };

  while (!done()) {
    sections++;
    out.push(`## ${sectionTitle(sections)}`, '');
    const start = words;
    while (!done() && words - start < 300) block();
  }
  return { text: out.join('\n'), words, sections };
}
