import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

/** Reports the document text after every change that edits it, joined with the file's own line breaks. */
export function changeListener(onChange: (text: string) => void): Extension {
  return EditorView.updateListener.of((update) => {
    if (update.docChanged) onChange(update.state.sliceDoc());
  });
}
