import { EditorSelection, type ChangeSpec, type StateCommand } from '@codemirror/state';

const ATX_PREFIX = /^(#{1,6})(?:[ \t]+|$)/;

/**
 * Mod-1…Mod-6: makes every line touched by the selection an ATX heading of `level`, or plain text
 * when it already is one of that level. Cursors keep their place in the line's text.
 */
export function toggleHeading(level: number): StateCommand {
  return ({ state, dispatch }) => {
    const changes: ChangeSpec[] = [];
    let lastLine = -1;
    for (const range of state.selection.ranges) {
      for (let number = state.doc.lineAt(range.from).number; number <= state.doc.lineAt(range.to).number; number++) {
        if (number <= lastLine) continue;
        lastLine = number;
        const line = state.doc.line(number);
        const prefix = ATX_PREFIX.exec(line.text);
        const insert = prefix?.[1]?.length === level ? '' : `${'#'.repeat(level)} `;
        changes.push({ from: line.from, to: line.from + (prefix?.[0].length ?? 0), insert });
      }
    }
    const changeSet = state.changes(changes);
    const selection = EditorSelection.create(
      state.selection.ranges.map((range) => EditorSelection.range(changeSet.mapPos(range.anchor, 1), changeSet.mapPos(range.head, 1))),
      state.selection.mainIndex,
    );
    dispatch(state.update({ changes: changeSet, selection, scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}
