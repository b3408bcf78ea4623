import { useId, useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { chipReducer, INITIAL_CHIP_STATE, nearDuplicateNotice, type ChipEvent } from './chip-input-state';
import type { TermCount } from '../../shared/taxonomy';
import { createTermMatcher } from '../../shared/taxonomy-autocomplete';
import { nearDuplicateFinder } from '../../shared/taxonomy-near-duplicates';

interface Props {
  /** The accessible name of the text input ("Tags"); chips and suggestions are named after it. */
  label: string;
  /** "tag", "category", "item": used in messages and remove buttons. */
  noun: string;
  chips: string[];
  /** The workspace's terms with their counts, for autocomplete; empty for none. */
  terms: readonly TermCount[];
  onChange: (chips: string[]) => void;
  describedBy?: string;
}

const KEYS = new Set(['Enter', ',', 'Tab', 'Backspace', 'ArrowDown', 'ArrowUp', 'Escape']);

/** Chips with autocomplete; all keyboard behaviour lives in `chipReducer`. */
export function ChipInput({ label, noun, chips, terms, onChange, describedBy }: Props) {
  const [state, setState] = useState(INITIAL_CHIP_STATE);
  const id = useId();
  const matcher = useMemo(() => createTermMatcher(terms), [terms]);
  const nearDuplicates = useMemo(() => nearDuplicateFinder(terms.map((t) => t.name)), [terms]);
  const shown = useMemo(() => (terms.length === 0 ? [] : matcher.suggest(state.input, { exclude: new Set(chips) })), [matcher, state.input, terms, chips]);
  const ctx = { chips, suggestions: shown.map((t) => t.name), nearDuplicates, noun };

  const run = (event: ChipEvent, prevent?: () => void) => {
    const result = chipReducer(state, ctx, event);
    if (result.handled) prevent?.();
    setState(result.state);
    if (result.chips) onChange(result.chips);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!KEYS.has(e.key) || e.nativeEvent.isComposing || e.altKey || e.ctrlKey || e.metaKey || (e.shiftKey && e.key !== 'Tab')) return;
    run({ type: 'key', key: e.key }, () => e.preventDefault());
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => run({ type: 'paste', text: e.clipboardData.getData('text') }, () => e.preventDefault());

  const open = state.open && shown.length > 0;
  const typed = state.input.trim();
  const notice = typed !== '' && !chips.includes(typed) ? nearDuplicateNotice(typed, ctx) : state.notice;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="fm-chip-field">
      <div className="fm-chip-box">
      <div className="fm-chips">
        {chips.map((chip, i) => (
          <span className="fm-chip" key={`${i}:${chip}`}>
            <span className="fm-chip-text">{chip}</span>
            <button type="button" className="fm-chip-remove" aria-label={`Remove ${noun} ${chip}`} onClick={() => run({ type: 'remove', index: i })}>
              ×
            </button>
          </span>
        ))}
        <input
          role="combobox"
          aria-label={label}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && state.active >= 0 ? optionId(state.active) : undefined}
          aria-describedby={describedBy}
          className="fm-chip-input"
          placeholder={chips.length === 0 ? `Add a ${noun}…` : ''}
          value={state.input}
          onChange={(e) => run({ type: 'input', value: e.target.value })}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onBlur={() => run({ type: 'blur' })}
        />
      </div>
      <ul role="listbox" id={listId} aria-label={`${label} suggestions`} className="fm-suggestions" hidden={!open}>
        {open &&
          shown.map((term, i) => (
            <li
              key={term.name}
              id={optionId(i)}
              role="option"
              aria-selected={i === state.active}
              className="fm-suggestion"
              // mousedown, not click: the input must not lose focus (and close the list) first.
              onMouseDown={(e) => {
                e.preventDefault();
                run({ type: 'pick', index: i });
              }}
            >
              <span>{term.name}</span>
              <span className="fm-count">{term.count}</span>
            </li>
          ))}
      </ul>
      </div>
      {notice && (
        <p className="fm-note warning" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}
