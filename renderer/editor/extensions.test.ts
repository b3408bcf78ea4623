import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { undo } from '@codemirror/commands';
import { LanguageDescription, ensureSyntaxTree } from '@codemirror/language';
import { languages } from '@codemirror/language-data';
import { editorExtensions, DEFAULT_SETTINGS } from './extensions';
import { setEditorTheme } from './editor-theme';
import { setLineWrapping } from './line-wrapping';
import { outlineField } from './outline';
import { marked, stateWith } from './test-state';

const quiet = { onChange: () => {}, onSave: () => {} };
const full = (text: string, settings = DEFAULT_SETTINGS) => stateWith(text, editorExtensions(quiet, settings));

/** Presses a key the way the view would: the first binding for it, by precedence, that handles it. */
function press(key: string, state: EditorState): EditorState | null {
  for (const binding of state.facet(keymap).flat()) {
    if (binding.key !== key || !binding.run) continue;
    let result: EditorState | null = null;
    // Commands take a view, but ours only use its state and dispatch.
    const target = { state, dispatch: (tr: { state: EditorState }) => (result = tr.state) } as unknown as EditorView;
    if (binding.run(target)) return result ?? state;
  }
  return null;
}

function contentAttribute(state: EditorState, name: string): string[] {
  return state.facet(EditorView.contentAttributes).flatMap((attrs) => (typeof attrs === 'object' && attrs && name in attrs ? [attrs[name] as string] : []));
}

describe('editorExtensions', () => {
  it('binds the writing shortcuts', () => {
    const keys: [string, string, string][] = [
      ['Mod-b', 'a «word»', 'a **«word»**'],
      ['Mod-i', 'a «word»', 'a *«word»*'],
      ['Mod-k', 'a «word»', 'a [word](|)'],
      ['Mod-2', 'Ti|tle', '## Ti|tle'],
      ['Enter', '- item|', '- item\n- |'],
      ['Enter', '1. one|', '1. one\n2. |'],
      ['Tab', '- one\n- tw|o', '- one\n  - tw|o'],
    ];
    for (const [key, before, after] of keys) {
      const result = press(key, full(before));
      expect(result && marked(result), `${key} on ${before}`).toBe(after);
    }
  });

  it('undoes a formatting command', () => {
    const bolded = press('Mod-b', full('«word»'));
    let undone: EditorState | null = null;
    undo({ state: bolded!, dispatch: (tr) => (undone = tr.state) });
    expect(undone!.doc.toString()).toBe('word');
  });

  it('switches between light and dark without a new view', () => {
    const light = full('text');
    expect(light.facet(EditorView.darkTheme)).toBe(false);
    const dark = light.update({ effects: setEditorTheme('dark') }).state;
    expect(dark.facet(EditorView.darkTheme)).toBe(true);
    expect(dark.doc).toBe(light.doc);
  });

  it('turns line wrapping off and on', () => {
    const wrapped = full('text');
    expect(contentAttribute(wrapped, 'class')).toContain('cm-lineWrapping');
    const unwrapped = wrapped.update({ effects: setLineWrapping(false) }).state;
    expect(contentAttribute(unwrapped, 'class')).not.toContain('cm-lineWrapping');
    expect(contentAttribute(full('text', { ...DEFAULT_SETTINGS, lineWrapping: false }), 'class')).not.toContain('cm-lineWrapping');
  });

  it('asks the browser to spell check, in the given language', () => {
    const state = full('text', { ...DEFAULT_SETTINGS, lang: 'en-GB' });
    expect(contentAttribute(state, 'spellcheck')).toEqual(['true']);
    expect(contentAttribute(state, 'lang')).toEqual(['en-GB']);
  });

  it('keeps the outline in the state', () => {
    expect(full('---\ntitle: x\n---\n# One\n').field(outlineField).map((item) => item.text)).toEqual(['One']);
  });

  it('parses fenced code in its own language once that language is loaded', async () => {
    await LanguageDescription.matchLanguageName(languages, 'js')?.load();
    const doc = '```js\nconst answer = 42;\n```\n';
    const state = full(doc);
    const tree = ensureSyntaxTree(state, state.doc.length, 5000);
    const names: string[] = [];
    for (let node = tree?.resolveInner(doc.indexOf('answer'), 1) ?? null; node; node = node.parent) names.push(node.name);
    expect(names).toContain('VariableDefinition');
    expect(names).toContain('FencedCode');
  });
});
