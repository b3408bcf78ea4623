/**
 * Finds the front-matter block of a post without parsing it: YAML between `---` lines (closed by
 * `---` or `...`, as Jekyll accepts), TOML between `+++` lines (Hugo), or a JSON object (Hugo).
 * Offsets index the text as given, so edits can splice it without touching anything else.
 */

export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

export interface FrontMatterBlock {
  format: FrontMatterFormat;
  /** Offset of the opening fence line (after a BOM, if any). */
  start: number;
  /** Offset of the first character of the block's content. */
  contentStart: number;
  /** Offset just past the content (the start of the closing fence line; for JSON, past the `}` line). */
  contentEnd: number;
  /** Offset just past the closing fence line and its line break: where the body begins. */
  end: number;
  /** 1-based line number of the first content line, for mapping parser positions to the file. */
  contentLine: number;
}

export interface SplitPost {
  hasBom: boolean;
  /** The file's line ending, from its first line break (`\n` when there is none). */
  eol: '\n' | '\r\n';
  block: FrontMatterBlock | null;
  /** Offset where the Markdown body begins. */
  bodyStart: number;
}

const FENCES: Record<string, { format: FrontMatterFormat; close: RegExp }> = {
  '---': { format: 'yaml', close: /^(---|\.\.\.)[ \t]*$/ },
  '+++': { format: 'toml', close: /^\+\+\+[ \t]*$/ },
};

interface Line {
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  textEnd: number;
  /** Start of the next line. */
  next: number;
}

function lineAt(text: string, start: number): Line {
  const newline = text.indexOf('\n', start);
  if (newline === -1) return { start, textEnd: text.length, next: text.length };
  const textEnd = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
  return { start, textEnd, next: newline + 1 };
}

export function splitPost(text: string): SplitPost {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  const origin = hasBom ? 1 : 0;
  const firstBreak = text.indexOf('\n');
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const none: SplitPost = { hasBom, eol, block: null, bodyStart: origin };
  const first = lineAt(text, origin);
  const opening = text.slice(first.start, first.textEnd).replace(/[ \t]+$/, '');
  const fence = FENCES[opening];
  if (fence) {
    for (let line = lineAt(text, first.next); line.start < text.length; line = lineAt(text, line.next)) {
      if (fence.close.test(text.slice(line.start, line.textEnd))) {
        const block = { format: fence.format, start: origin, contentStart: first.next, contentEnd: line.start, end: line.next, contentLine: 2 };
        return { hasBom, eol, block, bodyStart: line.next };
      }
    }
    return none;
  }
  if (opening === '{') {
    // Hugo's JSON front matter: an object whose closing brace stands alone on its line.
    for (let line = lineAt(text, first.next); line.start < text.length; line = lineAt(text, line.next)) {
      if (text.slice(line.start, line.textEnd).replace(/[ \t]+$/, '') === '}') {
        const block = { format: 'json' as const, start: origin, contentStart: origin, contentEnd: line.textEnd, end: line.next, contentLine: 1 };
        return { hasBom, eol, block, bodyStart: line.next };
      }
    }
  }
  return none;
}

/** The Markdown body and the number of lines before it, so rendered source lines match the file's. */
export function postBody(text: string): { body: string; lineOffset: number } {
  const { bodyStart } = splitPost(text);
  let lineOffset = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < bodyStart; i = text.indexOf('\n', i + 1)) lineOffset++;
  return { body: text.slice(bodyStart), lineOffset };
}
