import { keymap } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

/** Mod-s saves; the handler is read at key time so the extension never needs reconfiguring. */
export function saveKeymap(onSave: () => void): Extension {
  return keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (onSave(), true) }]);
}
