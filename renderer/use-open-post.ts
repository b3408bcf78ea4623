import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PostdeskApi } from '../shared/ipc';
import type { FileVersion, PostChange, PostFile, RecoverableEdit } from '../shared/post';
import type { SaveState } from './status/StatusBar';

export interface OpenPost {
  path: string;
  /** The disk version the text is based on; null for a post deleted on disk (saving re-creates it). */
  version: FileVersion | null;
  /** The text as last loaded or saved: what "unsaved changes" is measured against. */
  savedText: string;
  /** What the editor starts with on this load (differs from savedText when edits are restored). */
  initialText: string;
  /** Bumped on every load so the editor knows to replace its text. */
  loadId: number;
}

/** A save was refused, or the file changed under unsaved edits: `disk` is what is there now (null: deleted). */
export interface Conflict {
  disk: PostFile | null;
}

export interface OpenPostState {
  open: OpenPost | null;
  text: string;
  setText: (text: string) => void;
  save: SaveState;
  conflict: Conflict | null;
  openPost: (path: string) => Promise<void>;
  /** Opens a post with the unsaved text of an earlier session. */
  restore: (edit: RecoverableEdit) => Promise<void>;
  /** Resolves true when the text is on disk (saved, or nothing to save). */
  savePost: () => Promise<boolean>;
  /** Whether the open post has edits that are not on disk. */
  isDirty: () => boolean;
  /** Conflict: drop my edits and take the disk version. */
  reload: () => void;
  /** Conflict: write my text over the disk version (or re-create the deleted file), knowingly. */
  keepMine: () => Promise<void>;
  /** The list and the open post follow changes made on disk by other programs. */
  onDiskChange: (change: PostChange) => void;
  close: () => void;
}

/** Unsaved text goes to the recovery journal after this pause in typing. */
const JOURNAL_DELAY_MS = 600;
/** With autosave on, the post itself is saved after this pause (and when the window loses focus). */
const AUTOSAVE_DELAY_MS = 2000;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The open post, its edits and the save cycle: conflict-checked saves, the conflict bar's choices,
 * journaling of unsaved text for crash recovery, optional autosave, and following disk changes.
 */
export function useOpenPost(api: PostdeskApi, options: { autosave: boolean; onSaved: () => void }): OpenPostState {
  const [open, setOpen] = useState<OpenPost | null>(null);
  const [text, setTextState] = useState('');
  const [status, setStatus] = useState<SaveState>({ kind: 'none' });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const loads = useRef(0);
  const latest = useRef({ open, text, conflict, saving: false, journaled: false });
  useLayoutEffect(() => {
    Object.assign(latest.current, { open, text, conflict });
  });
  const { autosave, onSaved } = options;

  const load = useCallback((file: PostFile, initialText = file.text) => {
    setOpen({ path: file.path, version: file.version, savedText: file.text, initialText, loadId: ++loads.current });
    setTextState(initialText);
    setConflict(null);
    setStatus({ kind: initialText === file.text ? 'clean' : 'dirty' });
    latest.current.journaled = initialText !== file.text;
  }, []);

  const fail = (error: unknown) => setStatus({ kind: 'error', message: errorMessage(error) });

  const openPost = useCallback(
    async (path: string) => {
      try {
        load(await api.postsRead({ path }));
      } catch (error) {
        fail(error);
      }
    },
    [api, load],
  );

  const restore = useCallback(
    async (edit: RecoverableEdit) => {
      try {
        const disk = edit.disk ? await api.postsRead({ path: edit.path }) : null;
        if (disk) load(disk, edit.text);
        else {
          setOpen({ path: edit.path, version: null, savedText: '', initialText: edit.text, loadId: ++loads.current });
          setTextState(edit.text);
          setStatus({ kind: 'dirty' });
        }
        // Edits made against another version of the file: show both before anything is written.
        if (edit.diskChanged) {
          setConflict({ disk });
          setStatus({ kind: 'conflict' });
        }
      } catch (error) {
        fail(error);
      }
    },
    [api, load],
  );

  const write = useCallback(
    async (base: FileVersion | null): Promise<boolean> => {
      const { open: current, text: content, saving } = latest.current;
      // A menu accelerator and the editor keymap can both fire for one key press.
      if (!current || saving) return false;
      latest.current.saving = true;
      setStatus({ kind: 'saving' });
      try {
        const result = await api.postsSave({ path: current.path, text: content, base });
        if (result.status === 'saved') {
          setOpen((o) => (o && o.path === current.path ? { ...o, version: result.version, savedText: content } : o));
          setConflict(null);
          setStatus({ kind: latest.current.text === content ? 'clean' : 'dirty' });
          latest.current.journaled = false;
          onSaved();
          return true;
        }
        setConflict({ disk: result.disk });
        setStatus({ kind: 'conflict' });
        return false;
      } catch (error) {
        fail(error);
        return false;
      } finally {
        latest.current.saving = false;
      }
    },
    [api, onSaved],
  );

  const savePost = useCallback(async () => {
    const { open: current, conflict: pending, text: content } = latest.current;
    if (!current) return true;
    if (content === current.savedText && !pending) return true;
    // Under a conflict only the conflict bar's explicit choices write.
    return pending ? false : write(current.version);
  }, [write]);

  const setText = useCallback((next: string) => {
    setTextState(next);
    setStatus((s) => (s.kind === 'clean' || s.kind === 'none' || s.kind === 'dirty' ? { kind: next === latest.current.open?.savedText ? 'clean' : 'dirty' } : s));
  }, []);

  // Journal unsaved text after a pause; drop the entry once the text is back to what is saved.
  useEffect(() => {
    if (!open) return;
    const dirty = text !== open.savedText;
    if (!dirty && !latest.current.journaled) return;
    const timer = setTimeout(() => {
      const request = dirty ? api.recoveryJournal({ path: open.path, text, base: open.version }) : api.recoveryDiscard({ path: open.path });
      latest.current.journaled = dirty;
      request.catch(fail);
    }, JOURNAL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, open, text]);

  // Autosave after a pause, and when the window loses focus.
  useEffect(() => {
    if (!autosave || !open || text === open.savedText || conflict) return;
    const timer = setTimeout(() => void savePost(), AUTOSAVE_DELAY_MS);
    const onBlur = () => void savePost();
    window.addEventListener('blur', onBlur);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('blur', onBlur);
    };
  }, [autosave, open, text, conflict, savePost]);

  const onDiskChange = useCallback(
    (change: PostChange) => {
      const current = latest.current.open;
      if (!current) return;
      if (change.type === 'renamed' && change.from === current.path) {
        setOpen({ ...current, path: change.to });
        return;
      }
      if (change.type === 'renamed' || change.path !== current.path) return;
      if (change.type === 'removed') {
        setConflict({ disk: null });
        setStatus({ kind: 'conflict' });
        return;
      }
      // Our own save, or a touch that changed nothing.
      if (current.version && change.version.hash === current.version.hash) return;
      void api.postsRead({ path: current.path }).then((disk) => {
        // Decide on the state when the read comes back: the user may have typed or switched posts.
        const now = latest.current.open;
        if (!now || now.loadId !== current.loadId) return;
        if (latest.current.text !== now.savedText) {
          setConflict({ disk });
          setStatus({ kind: 'conflict' });
        } else load(disk);
      }, fail);
    },
    [api, load],
  );

  return {
    open,
    text,
    setText,
    save: status,
    conflict,
    openPost,
    restore,
    savePost,
    isDirty: useCallback(() => {
      const { open: current, text: content, conflict: pending } = latest.current;
      return current !== null && (content !== current.savedText || pending !== null);
    }, []),
    reload: useCallback(() => {
      if (conflict?.disk) load(conflict.disk);
    }, [conflict, load]),
    keepMine: useCallback(async () => {
      if (conflict) await write(conflict.disk ? conflict.disk.version : null);
    }, [conflict, write]),
    onDiskChange,
    close: useCallback(() => {
      setOpen(null);
      setConflict(null);
      setStatus({ kind: 'none' });
    }, []),
  };
}
