/**
 * Shows Liquid and Hugo shortcode syntax as small labelled placeholders instead of raw noise:
 * a `<span>` inside text, a `<div class="pd-placeholder">` for a tag alone on its line. Code spans
 * and blocks keep it literal (their rules consume it first). Jekyll `{% highlight lang %}` and
 * Hugo `{{< highlight lang >}}` blocks become fenced code; `{% raw %}…{% endraw %}` shows its
 * content as written.
 */
import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { closingLinePattern, matchTemplateTag, type TemplateTag } from './template-tag';

/** Children of inline tokens inside a block-level `{% raw %}`: their template syntax stays text. */
const rawInlines = new WeakSet<Token[]>();
/** Block states currently tokenizing the inside of a `{% raw %}` block. */
const insideRawBlock = new WeakSet<StateBlock>();

/** A `{% raw %}…{% endraw %}` pair inside one inline run: offsets of its parts in the source. */
interface RawRange {
  open: number;
  contentStart: number;
  contentEnd: number;
  end: number;
}

const INLINE_RAW = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
const rawRangesByState = new WeakMap<StateInline, RawRange[]>();

/**
 * The raw pairs of an inline run, found once per run. The rule consults them statelessly, so the
 * silent passes markdown-it makes (link labels) and the real pass agree.
 */
function rawRanges(state: StateInline): RawRange[] {
  let ranges = rawRangesByState.get(state);
  if (!ranges) {
    ranges = [];
    if (state.src.includes('endraw')) {
      for (const match of state.src.matchAll(INLINE_RAW)) {
        const open = match.index;
        const end = open + match[0].length;
        const contentStart = open + match[0].indexOf('%}') + 2;
        ranges.push({ open, contentStart, contentEnd: contentStart + (match[1]?.length ?? 0), end });
      }
    }
    rawRangesByState.set(state, ranges);
  }
  return ranges;
}

function isRaw(tag: TemplateTag): boolean {
  return tag.kind === 'liquid-tag' && tag.name === 'raw';
}

/**
 * Inline template syntax. Inside `{% raw %}…{% endraw %}` the content stays Markdown (code spans
 * and emphasis still work, as in Jekyll) but its template syntax is plain text; the raw tags vanish.
 */
function templateInline(state: StateInline, silent: boolean): boolean {
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 0x7b /* { */ || rawInlines.has(state.tokens)) return false;
  const raw = rawRanges(state).find((range) => range.open <= pos && pos < range.end);
  if (raw) {
    if (pos === raw.open) state.pos = raw.contentStart;
    else if (pos === raw.contentEnd) state.pos = raw.end;
    else return false;
    return true;
  }
  const tag = matchTemplateTag(state.src, pos, state.posMax);
  if (!tag) return false;
  if (!silent) {
    const token = state.push(tag.kind === 'literal' ? 'text' : 'pd_template', '', 0);
    token.content = tag.text;
    token.meta = tag;
  }
  state.pos = tag.end;
  return true;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

function findClosingLine(state: StateBlock, tag: TemplateTag, from: number, endLine: number): number {
  const closing = closingLinePattern(tag);
  for (let line = from; line < endLine; line++) if (closing.test(lineText(state, line))) return line;
  return -1;
}

/** `{% raw %}` on its own line: the lines up to `{% endraw %}` are Markdown whose template syntax stays text. */
function rawBlock(state: StateBlock, startLine: number, closeLine: number): void {
  const first = state.tokens.length;
  const lineMax = state.lineMax;
  state.lineMax = closeLine;
  insideRawBlock.add(state);
  state.md.block.tokenize(state, startLine + 1, closeLine);
  insideRawBlock.delete(state);
  state.lineMax = lineMax;
  for (const token of state.tokens.slice(first)) if (token.children) rawInlines.add(token.children);
}

function highlightBlock(state: StateBlock, tag: TemplateTag, startLine: number, closeLine: number): void {
  const token = state.push('fence', 'code', 0);
  token.info = tag.args.split(/\s+/)[0] ?? '';
  token.content = state.getLines(startLine + 1, closeLine, state.sCount[startLine]!, true);
  token.markup = tag.text;
  token.map = [startLine, closeLine + 1];
}

function templateBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4 || insideRawBlock.has(state)) return false;
  const max = state.eMarks[startLine]!;
  const tag = matchTemplateTag(state.src, state.bMarks[startLine]! + state.tShift[startLine]!, max);
  if (!tag || tag.kind === 'literal' || state.src.slice(tag.end, max).trim() !== '') return false;
  const encloses = isRaw(tag) || (tag.name === 'highlight' && tag.kind !== 'liquid-output');
  const closeLine = encloses ? findClosingLine(state, tag, startLine + 1, endLine) : -1;
  // A tag on its own line ends a paragraph (its layout shows it is a block), but Liquid output such
  // as `{{ page.description }}` is usually text that continues the paragraph.
  if (silent) return tag.kind !== 'liquid-output';
  if (closeLine < 0) {
    const token = state.push('pd_template_block', 'div', 0);
    token.content = tag.text;
    token.meta = tag;
    token.map = [startLine, startLine + 1];
    state.line = startLine + 1;
    return true;
  }
  if (isRaw(tag)) rawBlock(state, startLine, closeLine);
  else highlightBlock(state, tag, startLine, closeLine);
  state.line = closeLine + 1;
  return true;
}

function describe(tag: TemplateTag): string {
  if (tag.kind === 'liquid-output') return 'Liquid output';
  return tag.kind === 'shortcode' ? `Hugo shortcode: ${tag.name}` : `Liquid tag: ${tag.name}`;
}

export function templatePlaceholders(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml;
  const placeholder = (element: 'span' | 'div', token: Token, attrs: string): string => {
    const tag = token.meta as TemplateTag;
    const classes = `${element === 'div' ? 'pd-placeholder ' : ''}${tag.kind === 'shortcode' ? 'pd-shortcode' : 'pd-liquid'}`;
    return `<${element} class="${classes}" title="${escape(describe(tag))}"${attrs}>${escape(tag.text)}</${element}>`;
  };
  md.inline.ruler.after('text', 'pd_template', templateInline);
  md.block.ruler.before('fence', 'pd_template_block', templateBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.pd_template = (tokens, idx) => placeholder('span', tokens[idx]!, '');
  md.renderer.rules.pd_template_block = (tokens, idx, _options, _env, self) => `${placeholder('div', tokens[idx]!, self.renderAttrs(tokens[idx]!))}\n`;
}
