import type { Extension } from '@codemirror/state';
import { keymap, type Command } from '@codemirror/view';
import { highlightSelectionMatches, openSearchPanel, search, searchKeymap } from '@codemirror/search';

/** Opens the search panel with its replace field focused (the panel is drawn during the dispatch). */
export const openReplacePanel: Command = (view) => {
  openSearchPanel(view);
  const field = view.dom.querySelector<HTMLInputElement>('.cm-search input[name=replace]');
  field?.focus();
  field?.select();
  return true;
};

/**
 * Search and replace in a panel at the top: Mod-f to find (F3 / Mod-g next), Mod-h or Mod-Alt-f to
 * replace, Mod-d to add the next occurrence; other occurrences of the selected word are highlighted.
 */
export function searchAndReplace(): Extension {
  return [
    search({ top: true }),
    highlightSelectionMatches(),
    keymap.of([
      { key: 'Mod-h', run: openReplacePanel, preventDefault: true },
      { key: 'Mod-Alt-f', run: openReplacePanel, preventDefault: true },
      ...searchKeymap,
    ]),
  ];
}
