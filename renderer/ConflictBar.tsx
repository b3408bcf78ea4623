import { useMemo, useState } from 'react';
import { lineDiff } from '../shared/line-diff';
import { DiffView } from './diff/DiffView';
import type { Conflict } from './use-open-post';

interface Props {
  conflict: Conflict;
  mine: string;
  onReload: () => void;
  onKeepMine: () => void;
  onClose: () => void;
}

/**
 * Shown when another program changed or deleted the open file while it had unsaved edits, or
 * before a save would overwrite such a change. Nothing is written until the user chooses.
 */
export function ConflictBar({ conflict, mine, onReload, onKeepMine, onClose }: Props) {
  const [comparing, setComparing] = useState(false);
  const disk = conflict.disk;
  const hunks = useMemo(() => (comparing && disk ? lineDiff(disk.text, mine) : []), [comparing, disk, mine]);
  return (
    <div className="conflict" role="alert" data-testid="conflict-bar">
      <div className="conflict-bar">
        {disk ? (
          <>
            <span>This file changed on disk since you opened it. Nothing was written.</span>
            <button type="button" onClick={onReload}>
              Reload from disk
            </button>
            <button type="button" onClick={onKeepMine}>
              Keep mine
            </button>
            <button type="button" aria-pressed={comparing} onClick={() => setComparing(!comparing)}>
              Compare
            </button>
          </>
        ) : (
          <>
            <span>This file was deleted on disk. Your text is still here.</span>
            <button type="button" onClick={onKeepMine}>
              Save to re-create it
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </>
        )}
      </div>
      {comparing && disk && (
        <div className="conflict-compare">
          <p className="hint">Lines marked − are only on disk; lines marked + are only in your version.</p>
          <DiffView hunks={hunks} label="Disk version compared with yours" />
        </div>
      )}
    </div>
  );
}
