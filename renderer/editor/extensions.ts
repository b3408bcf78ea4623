/** Composes the editor's extensions in one place. */
import { basicSetup } from 'codemirror';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { languages } from '@codemirror/language-data';
import { EditorView } from '@codemirror/view';
import type { Extension } from '@codemirror/state';
import { changeListener } from './change-listener';
import { saveKeymap } from './save-keymap';

export interface EditorCallbacks {
  onChange: (text: string) => void;
  onSave: () => void;
}

export function editorExtensions(callbacks: EditorCallbacks): Extension[] {
  return [
    saveKeymap(() => callbacks.onSave()),
    basicSetup,
    markdown({ base: markdownLanguage, codeLanguages: languages }),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ spellcheck: 'true', 'aria-label': 'Post text' }),
    changeListener((text) => callbacks.onChange(text)),
  ];
}
