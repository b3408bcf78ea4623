import { readingMinutes } from '../../shared/text-stats';

export type SaveState = { kind: 'none' } | { kind: 'clean' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'error'; message: string } | { kind: 'conflict' };

const LABELS: Record<SaveState['kind'], string> = { none: '', clean: 'Saved', dirty: 'Unsaved changes', saving: 'Saving…', error: '', conflict: 'Changed on disk: not saved' };

/** One formatter for the window's life: building one per render costs more than the render. */
const wordCount = new Intl.NumberFormat();

interface Props {
  path: string | null;
  /** Words in the body, counted with the preview's render (off the main thread). */
  words: number;
  save: SaveState;
  autosave: boolean;
  onToggleAutosave: () => void;
}

export function StatusBar({ path, words, save, autosave, onToggleAutosave }: Props) {
  const minutes = readingMinutes(words);
  return (
    <footer className="statusbar">
      <span className="status-path">{path ?? ''}</span>
      {path && (
        <span className="status-stats" data-testid="word-count">
          {wordCount.format(words)} {words === 1 ? 'word' : 'words'} · {minutes} min read
        </span>
      )}
      <label className="autosave" title="Save automatically after a pause in typing and when the window loses focus">
        <input type="checkbox" checked={autosave} onChange={onToggleAutosave} /> Autosave
      </label>
      <span data-testid="save-state" role="status" className={`save-state ${save.kind}`}>
        {save.kind === 'error' ? save.message : LABELS[save.kind]}
      </span>
    </footer>
  );
}
