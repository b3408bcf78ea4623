/**
 * The chip input's keyboard behaviour as a pure state machine, so it is tested without a DOM:
 * Enter, comma and Tab add (the highlighted suggestion, else the typed text), Backspace on an empty
 * input removes the last chip, arrows move through suggestions, Escape closes them, pasting
 * `a, b, c` adds three chips.
 */
import { nearDuplicateKey } from '../../shared/taxonomy-near-duplicates';

export interface ChipInputState {
  input: string;
  open: boolean;
  /** Index of the highlighted suggestion, -1 for none. */
  active: number;
  /** A warning about the chip just added (near-duplicate of an existing term), or null. */
  notice: string | null;
}

export const INITIAL_CHIP_STATE: ChipInputState = { input: '', open: false, active: -1, notice: null };

export interface ChipContext {
  chips: readonly string[];
  /** Suggestions shown for the current input, best first. */
  suggestions: readonly string[];
  /** The workspace's terms a name nearly duplicates (`nearDuplicateFinder`), for warnings. */
  nearDuplicates: (name: string) => string[];
  /** "tag" or "category", for messages. */
  noun: string;
}

export type ChipEvent =
  | { type: 'key'; key: string }
  | { type: 'input'; value: string }
  | { type: 'paste'; text: string }
  | { type: 'pick'; index: number }
  | { type: 'remove'; index: number }
  | { type: 'blur' };

export interface ChipResult {
  state: ChipInputState;
  /** The new chip list when it changed. */
  chips?: string[];
  /** True when the event was consumed (the component then prevents the browser's default). */
  handled: boolean;
}

/** Names in pasted or typed text: split on commas and line breaks, trimmed, empty ones dropped. */
export function splitChipText(text: string): string[] {
  return text
    .split(/[,\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The warning shown when `name` differs from a term of the post or the workspace only in case, separators or plural. */
export function nearDuplicateNotice(name: string, ctx: Pick<ChipContext, 'chips' | 'nearDuplicates' | 'noun'>): string | null {
  const key = nearDuplicateKey(name);
  const similar = ctx.chips.find((chip) => chip !== name && nearDuplicateKey(chip) === key) ?? ctx.nearDuplicates(name)[0];
  return similar === undefined ? null : `“${name}” looks like the existing ${ctx.noun} “${similar}” (differs only in case, spacing or plural).`;
}

function add(state: ChipInputState, ctx: ChipContext, names: string[], input = ''): ChipResult {
  const chips = [...ctx.chips];
  let notice: string | null = null;
  for (const name of names) {
    if (chips.includes(name)) continue;
    notice = nearDuplicateNotice(name, { ...ctx, chips }) ?? notice;
    chips.push(name);
  }
  const next = { input, open: false, active: -1, notice };
  return chips.length === ctx.chips.length ? { state: next, handled: true } : { state: next, chips, handled: true };
}

/** Adds the highlighted suggestion, else the typed text; nothing to add leaves the event unhandled. */
function commit(state: ChipInputState, ctx: ChipContext): ChipResult {
  const picked = state.open && state.active >= 0 ? ctx.suggestions[state.active] : undefined;
  const names = picked !== undefined ? [picked] : splitChipText(state.input);
  return names.length === 0 ? { state, handled: false } : add(state, ctx, names);
}

function move(state: ChipInputState, ctx: ChipContext, step: 1 | -1): ChipResult {
  const count = ctx.suggestions.length;
  if (count === 0) return { state, handled: false };
  if (!state.open) return { state: { ...state, open: true, active: step === 1 ? 0 : count - 1 }, handled: true };
  const active = state.active === -1 ? (step === 1 ? 0 : count - 1) : (state.active + step + count) % count;
  return { state: { ...state, active }, handled: true };
}

function onKey(state: ChipInputState, ctx: ChipContext, key: string): ChipResult {
  switch (key) {
    case 'Enter':
    case ',':
      // Enter and comma always stay in the input, even with nothing to add.
      return { ...commit(state, ctx), handled: true };
    case 'Tab':
      // Tab with nothing typed moves focus as usual.
      return commit(state, ctx);
    case 'Backspace':
      if (state.input !== '' || ctx.chips.length === 0) return { state, handled: false };
      return { state: { ...state, notice: null }, chips: ctx.chips.slice(0, -1), handled: true };
    case 'ArrowDown':
      return move(state, ctx, 1);
    case 'ArrowUp':
      return move(state, ctx, -1);
    case 'Escape':
      return state.open ? { state: { ...state, open: false, active: -1 }, handled: true } : { state, handled: false };
    default:
      return { state, handled: false };
  }
}

export function chipReducer(state: ChipInputState, ctx: ChipContext, event: ChipEvent): ChipResult {
  switch (event.type) {
    case 'key':
      return onKey(state, ctx, event.key);
    case 'input': {
      // A comma typed by other means (IME, drop) separates too: complete parts become chips.
      const cut = event.value.search(/[,\r\n][^,\r\n]*$/);
      if (cut !== -1) return add(state, ctx, splitChipText(event.value.slice(0, cut)), event.value.slice(cut + 1).trimStart());
      return { state: { input: event.value, open: event.value.trim() !== '', active: -1, notice: null }, handled: true };
    }
    case 'paste': {
      if (!/[,\r\n]/.test(event.text)) return { state, handled: false };
      return add(state, ctx, splitChipText(state.input + event.text));
    }
    case 'pick': {
      const name = ctx.suggestions[event.index];
      return name === undefined ? { state, handled: false } : add(state, ctx, [name]);
    }
    case 'remove':
      return { state: { ...state, notice: null }, chips: ctx.chips.filter((_, i) => i !== event.index), handled: true };
    case 'blur':
      return { state: { ...state, open: false, active: -1 }, handled: false };
  }
}
