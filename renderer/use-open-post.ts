import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { PostdeskApi } from '../shared/ipc';
import type { FileVersion, PostFile } from '../shared/post';
import type { SaveState } from './status/StatusBar';

export interface OpenPost {
  path: string;
  version: FileVersion;
  /** The text as last loaded or saved: what "unsaved changes" is measured against. */
  savedText: string;
  /** Bumped on every load so the editor knows to replace its text. */
  loadId: number;
}

export interface OpenPostState {
  open: OpenPost | null;
  text: string;
  setText: (text: string) => void;
  save: SaveState;
  /** Set when a save was refused because the file changed on disk; `disk` is null if it was deleted. */
  conflict: { disk: PostFile | null } | null;
  openPost: (path: string) => Promise<void>;
  savePost: () => Promise<void>;
  /** Conflict: drop my edits and take the disk version. */
  reload: () => void;
  /** Conflict: write my text over the disk version, knowingly. */
  keepMine: () => Promise<void>;
}

/** The open post, its edits and the save cycle, including the refused-save conflict. */
export function useOpenPost(api: PostdeskApi, onSaved: () => void): OpenPostState {
  const [open, setOpen] = useState<OpenPost | null>(null);
  const [text, setTextState] = useState('');
  const [status, setStatus] = useState<SaveState>({ kind: 'none' });
  const [conflict, setConflict] = useState<{ disk: PostFile | null } | null>(null);
  const loads = useRef(0);
  const latest = useRef({ open, text, saving: false });
  useLayoutEffect(() => {
    latest.current.open = open;
    latest.current.text = text;
  });

  const load = useCallback((file: PostFile) => {
    setOpen({ path: file.path, version: file.version, savedText: file.text, loadId: ++loads.current });
    setTextState(file.text);
    setConflict(null);
    setStatus({ kind: 'clean' });
  }, []);

  const fail = (error: unknown) => setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });

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

  const write = useCallback(
    async (base: FileVersion) => {
      const { open: current, text: content, saving } = latest.current;
      // A menu accelerator and the editor keymap can both fire for one key press.
      if (!current || saving) return;
      latest.current.saving = true;
      setStatus({ kind: 'saving' });
      try {
        const result = await api.postsSave({ path: current.path, text: content, base });
        if (result.status === 'saved') {
          setOpen({ ...current, version: result.version, savedText: content });
          setConflict(null);
          setStatus({ kind: 'clean' });
          onSaved();
        } else {
          setConflict({ disk: result.disk });
          setStatus({ kind: 'conflict' });
        }
      } catch (error) {
        fail(error);
      } finally {
        latest.current.saving = false;
      }
    },
    [api, onSaved],
  );

  const setText = useCallback((next: string) => {
    setTextState(next);
    setStatus((s) => (s.kind === 'clean' || s.kind === 'none' || s.kind === 'dirty' ? { kind: next === latest.current.open?.savedText ? 'clean' : 'dirty' } : s));
  }, []);

  return {
    open,
    text,
    setText,
    save: status,
    conflict,
    openPost,
    savePost: useCallback(async () => {
      if (latest.current.open) await write(latest.current.open.version);
    }, [write]),
    reload: useCallback(() => {
      if (conflict?.disk) load(conflict.disk);
    }, [conflict, load]),
    keepMine: useCallback(async () => {
      if (conflict?.disk) await write(conflict.disk.version);
    }, [conflict, write]),
  };
}
