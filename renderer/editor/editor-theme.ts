import { Compartment, type Extension, type StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { highlightStyle, type ThemeMode } from './highlight-style';

export type { ThemeMode } from './highlight-style';

const tint = (colour: string, percent: number) => `color-mix(in srgb, ${colour} ${percent}%, transparent)`;

/** The editor's chrome, drawn from the app stylesheet's variables so it matches the rest of the window. */
const chrome = {
  '&': { color: 'var(--fg)', backgroundColor: 'var(--bg)', height: '100%' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--font-mono, monospace)', lineHeight: '1.65' },
  '.cm-content': { padding: '24px 0 30vh', caretColor: 'var(--accent)' },
  '.cm-line': { padding: '0 28px 0 8px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: tint('var(--accent)', 28),
  },
  '.cm-activeLine': { backgroundColor: tint('var(--accent)', 6) },
  '.cm-selectionMatch': { backgroundColor: tint('var(--accent)', 14) },
  '.cm-searchMatch': { backgroundColor: tint('#e3b341', 40), borderRadius: '2px' },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: tint('var(--accent)', 40) },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': { backgroundColor: tint('var(--accent)', 18), outline: 'none' },
  '.cm-gutters': { backgroundColor: 'var(--bg)', color: 'var(--fg-soft)', border: 'none' },
  '.cm-foldGutter .cm-gutterElement': { padding: '0 4px', cursor: 'pointer' },
  '.cm-foldPlaceholder': { backgroundColor: 'var(--code-bg)', border: '1px solid var(--border)', color: 'var(--fg-soft)', padding: '0 6px', borderRadius: '4px' },
  '.cm-panels': { backgroundColor: 'var(--bg)', color: 'var(--fg)' },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
  '.cm-panel.cm-search': { padding: '6px 10px', fontFamily: 'var(--font-ui, sans-serif)', fontSize: '12px' },
  '.cm-panel.cm-search input[type=checkbox]': { accentColor: 'var(--accent)' },
  '.cm-textfield': { backgroundColor: 'var(--bg)', color: 'var(--fg)', border: '1px solid var(--border)', borderRadius: '4px', padding: '3px 6px' },
  '.cm-textfield:focus': { outline: '2px solid var(--accent)', outlineOffset: '-1px' },
  '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--code-bg)', color: 'var(--fg)', border: '1px solid var(--border)', borderRadius: '4px' },
  '.cm-panel button[name=close]': { color: 'var(--fg-soft)' },
  '.cm-tooltip': { backgroundColor: 'var(--bg)', color: 'var(--fg)', border: '1px solid var(--border)' },
};

const themes: Record<ThemeMode, Extension> = {
  light: [EditorView.theme(chrome, { dark: false }), highlightStyle('light')],
  dark: [EditorView.theme(chrome, { dark: true }), highlightStyle('dark')],
};

const theme = new Compartment();

/** The editor's look for a light or dark window; switch at run time with setEditorTheme. */
export function editorTheme(mode: ThemeMode): Extension {
  return theme.of(themes[mode]);
}

/** The effect that switches a running editor between light and dark. */
export function setEditorTheme(mode: ThemeMode): StateEffect<unknown> {
  return theme.reconfigure(themes[mode]);
}
