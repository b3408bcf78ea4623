import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { outlineField, type OutlineItem } from './outline';

/** Reports the outline whenever its headings change (not on every keystroke). */
export function outlineListener(onOutline: (items: readonly OutlineItem[]) => void): Extension {
  return EditorView.updateListener.of((update) => {
    const items = update.state.field(outlineField, false);
    if (items && items !== update.startState.field(outlineField, false)) onOutline(items);
  });
}
