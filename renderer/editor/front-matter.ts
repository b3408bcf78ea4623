import { parseMixed, type Input, type PartialParse } from '@lezer/common';
import type { BlockContext, Line, MarkdownConfig } from '@lezer/markdown';
import { foldNodeProp } from '@codemirror/language';
import { yamlLanguage } from '@codemirror/lang-yaml';
import { styleTags, tags } from '@lezer/highlight';
import { splitPost, type FrontMatterFormat } from '../../shared/frontmatter/split';
import { tomlLite } from './toml-lite';

const CONTENT_NODE: Record<FrontMatterFormat, string> = { yaml: 'FrontMatterYAML', toml: 'FrontMatterTOML', json: 'FrontMatterJSON' };
/** The window read to look for the closing fence; doubled until the fence or the end is found. */
const FIRST_WINDOW = 4096;

/**
 * The input of the parse now advancing: block parsers only see lines, but splitPost needs the text.
 * Set around each advance() by `withInput`, so nested or interleaved parses each see their own.
 */
let activeInput: Input | null = null;

function withInput(inner: PartialParse, input: Input): PartialParse {
  return {
    get parsedPos() {
      return inner.parsedPos;
    },
    get stoppedAt() {
      return inner.stoppedAt;
    },
    stopAt: (pos) => inner.stopAt(pos),
    advance() {
      const outer = activeInput;
      activeInput = input;
      try {
        return inner.advance();
      } finally {
        activeInput = outer;
      }
    },
  };
}

/** Runs splitPost over as little of the document as it takes to find the closing fence. */
function findBlock(input: Input) {
  for (let size = FIRST_WINDOW; ; size *= 2) {
    const whole = size >= input.length;
    const text = input.read(0, Math.min(size, input.length));
    // A window cut mid-line could end in a fence-looking fragment of a longer line.
    const block = splitPost(whole ? text : text.slice(0, text.lastIndexOf('\n') + 1)).block;
    if (block || whole) return block;
  }
}

function parseFrontMatter(cx: BlockContext, current: Line): boolean {
  const input = cx.lineStart === 0 ? activeInput : null;
  const block = input && findBlock(input);
  if (!block) return false;
  // `current` is the context's shared Line object: it moves along with nextLine().
  const line = () => ({ from: cx.lineStart, to: cx.lineStart + current.text.length });
  const children = [];
  if (block.format !== 'json') {
    children.push(cx.elt('FrontMatterMark', block.start, line().to));
    if (block.contentEnd > block.contentStart) children.push(cx.elt(CONTENT_NODE[block.format], block.contentStart, block.contentEnd));
    while (cx.lineStart < block.contentEnd && cx.nextLine());
    children.push(cx.elt('FrontMatterMark', line().from, line().to));
  } else {
    children.push(cx.elt(CONTENT_NODE.json, block.start, block.contentEnd));
    while (line().to < block.contentEnd && cx.nextLine());
  }
  const end = line().to;
  cx.nextLine();
  cx.addElement(cx.elt('FrontMatter', block.start, end, children));
  return true;
}

/**
 * A lang-markdown parser extension for the post's leading front matter (found by splitPost): a
 * `FrontMatter` block whose content is parsed as YAML (`---`) or TOML-ish (`+++`), and which folds
 * down to its fences. It must be part of the Markdown parse itself, or `---` would read as a rule and
 * the last key as a setext heading.
 */
export function frontMatter(): MarkdownConfig {
  return {
    defineNodes: [
      { name: 'FrontMatter', block: true },
      'FrontMatterMark',
      ...Object.values(CONTENT_NODE),
    ],
    parseBlock: [
      {
        name: 'FrontMatter',
        before: 'LinkReference',
        parse: parseFrontMatter,
      },
    ],
    props: [
      styleTags({ FrontMatterMark: tags.processingInstruction, FrontMatterJSON: tags.meta }),
      foldNodeProp.add({
        FrontMatter: (node, state) => {
          const from = state.doc.lineAt(node.from).to;
          const to = state.doc.lineAt(node.to).from - 1;
          return to > from ? { from, to } : null;
        },
      }),
    ],
    wrap: (inner, input, fragments, ranges) => withInput(nested(inner, input, fragments, ranges), input),
  };
}

const nested = parseMixed((node) => {
  if (node.name === CONTENT_NODE.yaml) return { parser: yamlLanguage.parser };
  if (node.name === CONTENT_NODE.toml) return { parser: tomlLite.parser };
  return null;
});
