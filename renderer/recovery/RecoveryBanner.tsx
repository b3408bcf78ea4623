import type { RecoverableEdit } from '../../shared/post';

interface Props {
  edits: RecoverableEdit[];
  onRestore: (edit: RecoverableEdit) => void;
  onDiscard: (edit: RecoverableEdit) => void;
}

/** After a crash or kill: unsaved edits of the last session, offered back one post at a time. */
export function RecoveryBanner({ edits, onRestore, onDiscard }: Props) {
  if (edits.length === 0) return null;
  return (
    <section className="recovery" aria-label="Unsaved edits from your last session" data-testid="recovery">
      <h2>Unsaved edits from your last session</h2>
      <ul>
        {edits.map((edit) => (
          <li key={edit.path}>
            <span className="recovery-path">{edit.path}</span>
            <span className="recovery-when">{new Date(edit.savedAt).toLocaleString()}</span>
            {edit.diskChanged && <span className="badge">{edit.disk ? 'changed on disk since' : 'deleted on disk'}</span>}
            <button type="button" onClick={() => onRestore(edit)}>
              Restore
            </button>
            <button type="button" onClick={() => onDiscard(edit)}>
              Discard
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
