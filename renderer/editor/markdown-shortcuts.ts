import { Prec, type Extension } from '@codemirror/state';
import { keymap, type KeyBinding } from '@codemirror/view';
import { insertLink, toggleBold, toggleItalic } from './inline-format';
import { toggleHeading } from './heading-command';
import { indentListItem, outdentListItem } from './list-indent';

const HEADING_KEYS: KeyBinding[] = [1, 2, 3, 4, 5, 6].map((level) => ({ key: `Mod-${level}`, run: toggleHeading(level), preventDefault: true }));

/**
 * Writing shortcuts: Mod-b bold, Mod-i italic, Mod-k link, Mod-1…6 heading, Tab / Shift-Tab to nest
 * list items. High precedence, so Mod-i wins over the default "select parent syntax". (Enter and
 * Backspace in lists come with the Markdown language: see markdownLanguageSupport.)
 */
export function markdownShortcuts(): Extension {
  return Prec.high(
    keymap.of([
      { key: 'Mod-b', run: toggleBold, preventDefault: true },
      { key: 'Mod-i', run: toggleItalic, preventDefault: true },
      { key: 'Mod-k', run: insertLink, preventDefault: true },
      ...HEADING_KEYS,
      { key: 'Tab', run: indentListItem, shift: outdentListItem },
    ]),
  );
}
