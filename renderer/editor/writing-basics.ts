import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import {
  crosshairCursor,
  drawSelection,
  dropCursor,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  rectangularSelection,
} from '@codemirror/view';

/**
 * The editing essentials, chosen for prose rather than code: undo history, the active line, a fold
 * gutter (front matter, sections) and no line numbers, autocompletion or auto-closed quotes.
 */
export function writingBasics(): Extension {
  return [
    history(),
    highlightSpecialChars(),
    highlightActiveLine(),
    foldGutter(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    rectangularSelection(),
    crosshairCursor(),
    indentOnInput(),
    bracketMatching(),
    keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap]),
  ];
}
