/**
 * Renders a Markdown body as a list of top-level blocks, each with a key that ignores where the
 * block sits in the file. The live preview keeps the DOM of every block whose key did not change,
 * so a keystroke costs one block's sanitizing and patching instead of the whole post's.
 */
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { SOURCE_LINE_ATTR, type PipelineEnv } from './source-lines';

export interface RenderedBlock {
  /** The block's HTML without its source-line numbers: equal keys render the same DOM. */
  key: string;
  html: string;
}

const LINE_ATTR = new RegExp(` ${SOURCE_LINE_ATTR}="\\d+"`, 'g');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Open minus closed non-void tags in raw HTML: a `<div>` left open spans the blocks after it. */
function openTags(html: string): number {
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = (match[2] as string).toLowerCase();
    if (VOID.has(name) || match[3]) continue;
    depth += match[1] ? -1 : 1;
  }
  return depth;
}

/** Splits the token stream at level 0; raw HTML that leaves tags open keeps its block going. */
function groupTokens(tokens: Token[]): Token[][] {
  const groups: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  let htmlDepth = 0;
  for (const token of tokens) {
    current.push(token);
    depth += token.nesting;
    if (token.type === 'html_block') htmlDepth = Math.max(0, htmlDepth + openTags(token.content));
    if (depth === 0 && htmlDepth === 0) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export function renderBlocks(md: MarkdownIt, body: string, env: PipelineEnv = {}): RenderedBlock[] {
  const tokens = md.parse(body, env);
  return groupTokens(tokens).map((group) => {
    const html = md.renderer.render(group, md.options, env);
    return { key: html.replace(LINE_ATTR, ''), html };
  });
}

/** The source lines written in a block's HTML, in document order. */
export function blockLines(html: string): string[] {
  return Array.from(html.matchAll(LINE_ATTR), (match) => match[0].slice(SOURCE_LINE_ATTR.length + 3, -1));
}
