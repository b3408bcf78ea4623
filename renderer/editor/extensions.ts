/** Composes the editor's extensions in one place. */
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { changeListener } from './change-listener';
import { editorTheme, type ThemeMode } from './editor-theme';
import { imageDrop, type StoreImage } from './image-drop';
import { lineWrapping } from './line-wrapping';
import { markdownLanguageSupport } from './markdown-language';
import { markdownShortcuts } from './markdown-shortcuts';
import { outline, type OutlineItem } from './outline';
import { outlineListener } from './outline-listener';
import { saveKeymap } from './save-keymap';
import { searchAndReplace } from './search-replace';
import { spellCheck } from './spell-check';
import { writingBasics } from './writing-basics';

export interface EditorCallbacks {
  onChange: (text: string) => void;
  onSave: () => void;
  /** Called when the document's headings change. */
  onOutline?: (items: readonly OutlineItem[]) => void;
  /** Stores a pasted or dropped image; without it images are not accepted. */
  storeImage?: StoreImage;
  onError?: (error: unknown) => void;
}

/** Settings that can change while the editor runs (each lives in a compartment). */
export interface EditorSettings {
  theme: ThemeMode;
  lineWrapping: boolean;
  /** Language for the spell checker, e.g. `en-GB`. */
  lang: string;
}

export const DEFAULT_SETTINGS: EditorSettings = { theme: 'light', lineWrapping: true, lang: 'en' };

export function editorExtensions(callbacks: EditorCallbacks, settings: EditorSettings = DEFAULT_SETTINGS): Extension[] {
  return [
    saveKeymap(() => callbacks.onSave()),
    markdownShortcuts(),
    searchAndReplace(),
    writingBasics(),
    markdownLanguageSupport(),
    outline(),
    editorTheme(settings.theme),
    lineWrapping(settings.lineWrapping),
    spellCheck(settings.lang),
    EditorView.contentAttributes.of({ 'aria-label': 'Post text' }),
    changeListener((text) => callbacks.onChange(text)),
    outlineListener((items) => callbacks.onOutline?.(items)),
    callbacks.storeImage ? imageDrop(callbacks.storeImage, (error) => callbacks.onError?.(error)) : [],
  ];
}
