import { EditorSelection, EditorState, type Extension, type SelectionRange, type StateCommand } from '@codemirror/state';
import { ensureSyntaxTree } from '@codemirror/language';
import { markdownLanguageSupport } from './markdown-language';

/**
 * For unit tests: a state from text in which `|` marks a cursor and `«…»` a selection (anchor at
 * `«`), with a finished syntax tree so tree-based commands see the whole document.
 */
export function stateWith(marked: string, extensions: Extension = markdownLanguageSupport()): EditorState {
  const ranges: SelectionRange[] = [];
  let doc = '';
  let anchor = -1;
  for (const char of marked) {
    if (char === '|') ranges.push(EditorSelection.cursor(doc.length));
    else if (char === '«') anchor = doc.length;
    else if (char === '»') ranges.push(EditorSelection.range(anchor, doc.length));
    else doc += char;
  }
  const state = EditorState.create({
    doc,
    selection: ranges.length ? EditorSelection.create(ranges) : undefined,
    extensions: [EditorState.allowMultipleSelections.of(true), extensions],
  });
  ensureSyntaxTree(state, state.doc.length, 5000);
  return state;
}

/** The document with its selection drawn back in, in stateWith's notation. */
export function marked(state: EditorState): string {
  let text = state.doc.toString();
  for (const range of [...state.selection.ranges].reverse()) {
    text = range.empty ? `${text.slice(0, range.from)}|${text.slice(range.from)}` : `${text.slice(0, range.from)}«${text.slice(range.from, range.to)}»${text.slice(range.to)}`;
  }
  return text;
}

/** Runs a command; the result is the state it dispatched, or null when it declined. */
export function run(command: StateCommand, state: EditorState): EditorState | null {
  let result: EditorState | null = null;
  const handled = command({ state, dispatch: (tr) => (result = tr.state) });
  return handled ? (result ?? state) : null;
}

/** Runs a command over marked text and returns the marked result (`null` when it declined). */
export function apply(command: StateCommand, text: string): string | null {
  const result = run(command, stateWith(text));
  return result && marked(result);
}
