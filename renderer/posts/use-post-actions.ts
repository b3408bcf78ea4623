import { useState } from 'react';
import type { PostdeskApi } from '../../shared/ipc';

/** Which dialog is up. */
export type PostDialog = { kind: 'new' } | { kind: 'rename'; path: string; suggestion: string } | { kind: 'trash'; path: string; title: string } | null;

interface Callbacks {
  /** Opens a post after it was created or moved. */
  open: (path: string) => Promise<void>;
  closeOpenPost: () => void;
  refresh: () => void;
  fail: (error: unknown) => void;
}

/** New post, rename, publish and trash: each a request to main, then the list and the editor follow. */
export function usePostActions(api: PostdeskApi, { open, closeOpenPost, refresh, fail }: Callbacks) {
  const [dialog, setDialog] = useState<PostDialog>(null);
  const run = (task: () => Promise<void>) => {
    setDialog(null);
    task().catch(fail);
  };
  return {
    dialog,
    cancel: () => setDialog(null),
    startNew: () => setDialog({ kind: 'new' }),
    startRename: (path: string) =>
      api.postsSuggestPath({ path }).then((suggestion) => setDialog({ kind: 'rename', path, suggestion: suggestion ?? path }), fail),
    startTrash: (path: string, title: string) => setDialog({ kind: 'trash', path, title }),
    create: (title: string) =>
      run(async () => {
        const created = await api.postsCreate({ title });
        refresh();
        await open(created.path);
      }),
    rename: (from: string, to: string) =>
      run(async () => {
        const moved = await api.postsRename({ from, to });
        refresh();
        await open(moved.path);
      }),
    publish: (path: string) =>
      run(async () => {
        const published = await api.postsPublish({ path });
        refresh();
        await open(published.path);
      }),
    trash: (path: string) =>
      run(async () => {
        await api.postsTrash({ path });
        closeOpenPost();
        refresh();
      }),
  };
}
