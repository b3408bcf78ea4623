import { EditorSelection, type SelectionRange, type StateCommand } from '@codemirror/state';

/** Emphasis characters Markdown accepts; new marks are written with `*`. */
const EMPHASIS = ['*', '_'];

/** Does a run of `count` emphasis characters carry bold (2) or italic (1) emphasis? `***` has both. */
function carries(count: number, strength: 1 | 2): boolean {
  return strength === 2 ? count >= 2 : count % 2 === 1;
}

function runLength(text: string, char: string, fromEnd: boolean): number {
  let count = 0;
  while (count < text.length && text[fromEnd ? text.length - 1 - count : count] === char) count++;
  return count;
}

/** A range over from..to that keeps the direction of the original selection. */
function sameDirection(range: SelectionRange, from: number, to: number): SelectionRange {
  return range.anchor > range.head ? EditorSelection.range(to, from) : EditorSelection.range(from, to);
}

/**
 * Toggles emphasis of the given strength on every selection range: removes it when the range is
 * already wrapped (marks just outside or just inside the selection), wraps it otherwise; an empty
 * range gets a pair of marks with the cursor between them.
 */
function toggleEmphasis(strength: 1 | 2): StateCommand {
  return ({ state, dispatch }) => {
    const transaction = state.changeByRange((range) => {
      const { from, to } = range;
      const outsideBefore = state.sliceDoc(Math.max(0, from - 3), from);
      const outsideAfter = state.sliceDoc(to, to + 3);
      const inside = state.sliceDoc(from, to);
      for (const char of EMPHASIS) {
        if (carries(runLength(outsideBefore, char, true), strength) && carries(runLength(outsideAfter, char, false), strength)) {
          return {
            changes: [{ from: from - strength, to: from }, { from: to, to: to + strength }],
            range: sameDirection(range, from - strength, to - strength),
          };
        }
        const lead = runLength(inside, char, false);
        if (inside.length > 2 * strength && lead < inside.length && carries(lead, strength) && carries(runLength(inside, char, true), strength)) {
          return {
            changes: [{ from, to: from + strength }, { from: to - strength, to }],
            range: sameDirection(range, from, to - 2 * strength),
          };
        }
      }
      const mark = '*'.repeat(strength);
      return {
        changes: [{ from, insert: mark }, { from: to, insert: mark }],
        range: sameDirection(range, from + strength, to + strength),
      };
    });
    dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

/** Mod-b: `**bold**` on or off. */
export const toggleBold: StateCommand = toggleEmphasis(2);

/** Mod-i: `*italic*` on or off. */
export const toggleItalic: StateCommand = toggleEmphasis(1);

const URL_LIKE = /^(?:[a-z][\w+.-]*:\/\/|www\.)\S+$/i;

/**
 * Mod-k: turns the selection into a link. Selected text becomes `[text]()` with the cursor in the
 * parentheses; a selected URL becomes `[](url)` with the cursor in the brackets; nothing selected
 * inserts `[]()` with the cursor in the brackets.
 */
export const insertLink: StateCommand = ({ state, dispatch }) => {
  const transaction = state.changeByRange(({ from, to }) => {
    const text = state.sliceDoc(from, to);
    const isUrl = URL_LIKE.test(text);
    const insert = isUrl ? `[](${text})` : `[${text}]()`;
    const cursor = isUrl || text === '' ? from + 1 : from + insert.length - 1;
    return { changes: { from, to, insert }, range: EditorSelection.cursor(cursor) };
  });
  dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input.format' }));
  return true;
};
