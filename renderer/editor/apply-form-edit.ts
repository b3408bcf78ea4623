import type { EditorView } from '@codemirror/view';
import { docPosition } from './line-endings';

/** A change the form computed against the post's text, as offsets into that text. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** Applies a form edit to the editor as one undoable transaction, mapping text offsets to positions. */
export function applyFormEdit(view: EditorView | null | undefined, text: string, edit: TextEdit): void {
  if (!view) return;
  const from = docPosition(text, edit.from);
  const to = docPosition(text, edit.to);
  view.dispatch({ changes: { from, to, insert: view.state.toText(edit.insert) }, userEvent: 'input.form' });
}
