interface Props {
  deleted: boolean;
  onReload: () => void;
  onKeepMine: () => void;
}

/** Shown when a save was refused because another program changed the file: the user decides. */
export function ConflictBar({ deleted, onReload, onKeepMine }: Props) {
  return (
    <div className="conflict-bar" role="alert" data-testid="conflict-bar">
      <span>{deleted ? 'This file was deleted on disk. Nothing was written.' : 'This file changed on disk since you opened it. Nothing was written.'}</span>
      {!deleted && (
        <button type="button" onClick={onReload}>
          Reload from disk
        </button>
      )}
      {!deleted && (
        <button type="button" onClick={onKeepMine}>
          Keep mine
        </button>
      )}
    </div>
  );
}
