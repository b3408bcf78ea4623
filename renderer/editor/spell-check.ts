import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** The browser's spell checker on the text, in the post's language (a BCP 47 tag such as `en-GB`). */
export function spellCheck(lang: string): Extension {
  return EditorView.contentAttributes.of({ spellcheck: 'true', autocorrect: 'on', autocapitalize: 'sentences', lang });
}
