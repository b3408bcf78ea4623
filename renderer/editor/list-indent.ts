import { syntaxTree } from '@codemirror/language';
import type { ChangeSpec, EditorState, StateCommand } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';

/** The innermost list item holding the start of the line at `pos`, if any. */
function listItemAt(state: EditorState, pos: number): SyntaxNode | null {
  const line = state.doc.lineAt(pos);
  const textStart = line.from + (/^\s*/.exec(line.text)?.[0].length ?? 0);
  for (let node: SyntaxNode | null = syntaxTree(state).resolveInner(textStart, 1); node; node = node.parent) {
    if (node.name === 'ListItem') return node;
  }
  return null;
}

function column(state: EditorState, pos: number): number {
  return pos - state.doc.lineAt(pos).from;
}

/** Column where the item's text begins: past its marker and the spaces after it. */
function contentColumn(state: EditorState, item: SyntaxNode): number {
  const mark = item.getChild('ListMark');
  if (!mark) return column(state, item.from);
  const after = state.doc.lineAt(mark.to).text.slice(column(state, mark.to));
  const spaces = /^ */.exec(after)?.[0].length ?? 0;
  return column(state, mark.to) + (spaces >= 1 && spaces <= 4 ? spaces : 1);
}

/**
 * Shifts whole list items (with their continuation lines and sub-lists) by the column change that
 * `shift` picks for each; lines already moved for an enclosing item are left alone. Returns false,
 * so other Tab bindings run, when no selection range is in a list.
 */
function shiftListItems(userEvent: string, shift: (state: EditorState, item: SyntaxNode) => number): StateCommand {
  return ({ state, dispatch }) => {
    const items = state.selection.ranges.map((range) => listItemAt(state, range.head));
    if (items.every((item) => item === null)) return false;
    const changes: ChangeSpec[] = [];
    const moved = new Set<number>();
    for (const item of items) {
      const delta = item ? shift(state, item) : 0;
      if (!item || delta === 0) continue;
      for (let number = state.doc.lineAt(item.from).number; number <= state.doc.lineAt(item.to).number; number++) {
        if (moved.has(number)) continue;
        moved.add(number);
        const line = state.doc.line(number);
        const indent = /^ */.exec(line.text)?.[0].length ?? 0;
        if (indent === line.text.length) continue;
        changes.push(delta > 0 ? { from: line.from, insert: ' '.repeat(delta) } : { from: line.from, to: line.from + Math.min(indent, -delta) });
      }
    }
    if (changes.length) dispatch(state.update({ changes, scrollIntoView: true, userEvent }));
    return true;
  };
}

/** Tab in a list: nests the item under the one before it, aligned with that item's text. */
export const indentListItem: StateCommand = shiftListItems('input.indent', (state, item) => {
  const previous = item.prevSibling;
  return previous?.name === 'ListItem' ? Math.max(0, contentColumn(state, previous) - column(state, item.from)) : 0;
});

/** Shift-Tab in a list: moves a nested item out to the level of the item that holds it. */
export const outdentListItem: StateCommand = shiftListItems('delete.dedent', (state, item) => {
  const holder = item.parent?.parent;
  return holder?.name === 'ListItem' ? column(state, holder.from) - column(state, item.from) : 0;
});
