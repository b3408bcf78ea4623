import { syntaxTree } from '@codemirror/language';
import { EditorSelection, StateField, type EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';

/** One heading of the document, for the outline to jump by. */
export interface OutlineItem {
  /** 1–6; setext headings are 1 (`===`) or 2 (`---`). */
  level: number;
  /** The heading as read: markers, link targets and emphasis marks removed. */
  text: string;
  /** Offset where the heading starts. */
  from: number;
  /** 1-based line number of that offset. */
  line: number;
}

const HEADING = /^(?:ATX|Setext)Heading(\d)$/;
/** Blocks that can hold headings; everything else (code, HTML, front matter, paragraphs) is skipped whole. */
const CONTAINERS = new Set(['Document', 'Blockquote', 'BulletList', 'OrderedList', 'ListItem']);
/** Markup that is not part of a heading's readable text. */
const HIDDEN = /Mark$|^(?:URL|LinkTitle|LinkLabel|HTMLTag)$/;

function readableText(state: EditorState, heading: SyntaxNode): string {
  let text = '';
  let pos = heading.from;
  const walk = (parent: SyntaxNode) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (HIDDEN.test(child.name) || child.name === 'Escape') {
        text += state.sliceDoc(pos, child.from);
        // An escape keeps the character it escapes.
        pos = child.name === 'Escape' ? child.from + 1 : child.to;
      } else walk(child);
    }
  };
  walk(heading);
  text += state.sliceDoc(pos, heading.to);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The headings of the document in order, read from the Markdown syntax tree: ATX and setext
 * headings, including those in quotes and lists, never text inside code, HTML or front matter.
 * Covers what the parser has reached so far (all of it, except briefly in very large documents).
 */
export function documentOutline(state: EditorState): OutlineItem[] {
  const items: OutlineItem[] = [];
  const visit = (parent: SyntaxNode) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const heading = HEADING.exec(node.name);
      if (heading) items.push({ level: Number(heading[1]), text: readableText(state, node), from: node.from, line: state.doc.lineAt(node.from).number });
      else if (CONTAINERS.has(node.name)) visit(node);
    }
  };
  visit(syntaxTree(state).topNode);
  return items;
}

function sameOutline(a: readonly OutlineItem[], b: readonly OutlineItem[]): boolean {
  return a.length === b.length && a.every((item, i) => {
    const other = b[i];
    return other !== undefined && item.from === other.from && item.level === other.level && item.text === other.text;
  });
}

/**
 * The outline, kept current as the text and its parse change. The value keeps its identity while
 * the headings stay the same, so a listener can compare by reference.
 */
export const outlineField = StateField.define<readonly OutlineItem[]>({
  create: documentOutline,
  update(value, tr) {
    if (!tr.docChanged && syntaxTree(tr.state) === syntaxTree(tr.startState)) return value;
    const next = documentOutline(tr.state);
    return sameOutline(value, next) ? value : next;
  },
});

/** Keeps the document outline in the state: read it with `state.field(outlineField)`. */
export function outline(): Extension {
  return outlineField;
}

/** Puts the cursor at `pos`, scrolls it to the top of the editor and focuses the editor. */
export function jumpTo(view: EditorView, pos: number): void {
  view.dispatch({
    selection: EditorSelection.cursor(pos),
    effects: EditorView.scrollIntoView(pos, { y: 'start', yMargin: 24 }),
    userEvent: 'select',
  });
  view.focus();
}
