import { describe, expect, it } from 'vitest';
import { nearDuplicateFinder } from '../../shared/taxonomy-near-duplicates';
import { chipReducer, INITIAL_CHIP_STATE, splitChipText, type ChipContext, type ChipEvent, type ChipInputState } from './chip-input-state';

const ctx = (chips: string[], suggestions: string[] = [], known: string[] = suggestions): ChipContext => ({ chips, suggestions, nearDuplicates: nearDuplicateFinder(known), noun: 'tag' });
const typed = (input: string): ChipInputState => ({ ...INITIAL_CHIP_STATE, input, open: input !== '' });
const key = (k: string): ChipEvent => ({ type: 'key', key: k });

describe('splitChipText', () => {
  it('splits pasted text on commas and line breaks, trimming and dropping empties', () => {
    expect(splitChipText('a, b, c')).toEqual(['a', 'b', 'c']);
    expect(splitChipText(' front matter ,\r\nyaml,,\n')).toEqual(['front matter', 'yaml']);
    expect(splitChipText(' , ')).toEqual([]);
  });
});

describe('chipReducer', () => {
  it('adds the typed text on Enter, comma and Tab, and clears the input', () => {
    for (const k of ['Enter', ',', 'Tab']) {
      const result = chipReducer(typed(' jekyll '), ctx(['yaml']), key(k));
      expect(result.chips).toEqual(['yaml', 'jekyll']);
      expect(result.state.input).toBe('');
      expect(result.handled).toBe(true);
    }
  });

  it('lets Tab move focus when nothing is typed, but keeps Enter in the input', () => {
    const tab = chipReducer(typed(''), ctx(['a']), key('Tab'));
    expect([tab.handled, tab.chips]).toEqual([false, undefined]);
    const enter = chipReducer(typed(''), ctx(['a']), key('Enter'));
    expect([enter.handled, enter.chips]).toEqual([true, undefined]);
  });

  it('does not add a chip the post already has', () => {
    const result = chipReducer(typed('yaml'), ctx(['yaml']), key('Enter'));
    expect(result.chips).toBeUndefined();
    expect(result.state.input).toBe('');
  });

  it('removes the last chip on Backspace only when the input is empty', () => {
    expect(chipReducer(typed(''), ctx(['a', 'b']), key('Backspace')).chips).toEqual(['a']);
    const typing = chipReducer(typed('x'), ctx(['a', 'b']), key('Backspace'));
    expect([typing.handled, typing.chips]).toEqual([false, undefined]);
    expect(chipReducer(typed(''), ctx([]), key('Backspace')).handled).toBe(false);
  });

  it('moves through suggestions with the arrows, wrapping, and adds the highlighted one', () => {
    const c = ctx([], ['writing', 'web', 'workflow']);
    let state = typed('w');
    state = chipReducer(state, c, key('ArrowDown')).state;
    expect(state.active).toBe(0);
    state = chipReducer(state, c, key('ArrowDown')).state;
    state = chipReducer(state, c, key('ArrowDown')).state;
    state = chipReducer(state, c, key('ArrowDown')).state;
    expect(state.active).toBe(0);
    state = chipReducer(state, c, key('ArrowUp')).state;
    expect(state.active).toBe(2);
    const result = chipReducer(state, c, key('Enter'));
    expect(result.chips).toEqual(['workflow']);
    expect(result.state).toMatchObject({ input: '', open: false, active: -1 });
  });

  it('opens the most used suggestions with ArrowDown on an empty input', () => {
    const state = chipReducer(typed(''), ctx([], ['writing', 'web']), key('ArrowUp')).state;
    expect(state).toMatchObject({ open: true, active: 1 });
  });

  it('closes suggestions on Escape, then lets Escape through', () => {
    const c = ctx([], ['writing']);
    const open = chipReducer(typed('w'), c, key('ArrowDown')).state;
    const closed = chipReducer(open, c, key('Escape'));
    expect(closed).toMatchObject({ handled: true, state: { open: false, active: -1, input: 'w' } });
    expect(chipReducer(closed.state, c, key('Escape')).handled).toBe(false);
    // With the list closed, Enter adds what was typed, not the old highlight.
    expect(chipReducer({ ...closed.state, active: 0 }, c, key('Enter')).chips).toEqual(['w']);
  });

  it('adds three chips when `a, b, c` is pasted, and leaves plain pastes to the browser', () => {
    expect(chipReducer(typed(''), ctx(['z']), { type: 'paste', text: 'a, b, c' }).chips).toEqual(['z', 'a', 'b', 'c']);
    expect(chipReducer(typed(''), ctx([]), { type: 'paste', text: 'single' }).handled).toBe(false);
  });

  it('turns typed commas into chips and keeps the unfinished rest', () => {
    const result = chipReducer(typed('a'), ctx([]), { type: 'input', value: 'a, b, c' });
    expect(result.chips).toEqual(['a', 'b']);
    expect(result.state.input).toBe('c');
  });

  it('warns when a new tag differs only in case or hyphenation from an existing one', () => {
    const result = chipReducer(typed('Front-Matter'), ctx([], [], ['front matter', 'yaml']), key('Enter'));
    expect(result.chips).toEqual(['Front-Matter']);
    expect(result.state.notice).toContain('“front matter”');
    expect(chipReducer(typed('jekyll'), ctx([], [], ['front matter']), key('Enter')).state.notice).toBeNull();
    // Against the post's own chips too.
    expect(chipReducer(typed('YAML'), ctx(['yaml']), key('Enter')).state.notice).toContain('“yaml”');
  });

  it('picks a suggestion by click and removes a chip by index', () => {
    expect(chipReducer(typed('w'), ctx(['a'], ['web']), { type: 'pick', index: 0 }).chips).toEqual(['a', 'web']);
    expect(chipReducer(typed(''), ctx(['a', 'b', 'c']), { type: 'remove', index: 1 }).chips).toEqual(['a', 'c']);
  });
});
