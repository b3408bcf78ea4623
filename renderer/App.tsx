import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PostdeskApi } from '../shared/ipc';
import type { FileVersion, PostSummary } from '../shared/post';
import type { WorkspaceInfo } from '../shared/site';
import { splitPost } from '../shared/frontmatter/split';
import { MarkdownEditor } from './editor/MarkdownEditor';
import { Preview } from './preview/Preview';
import { PostList } from './posts/PostList';

interface OpenPost {
  path: string;
  version: FileVersion;
  savedText: string;
  /** Bumped on every load so the editor knows to replace its text. */
  loadId: number;
}

type Status = { kind: 'idle' | 'saved' | 'saving' | 'conflict' | 'error'; message: string };

export function App({ api }: { api: PostdeskApi }) {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [posts, setPosts] = useState<PostSummary[] | null>(null);
  const [open, setOpen] = useState<OpenPost | null>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle', message: '' });
  const textRef = useRef(text);
  useLayoutEffect(() => {
    textRef.current = text;
  });
  const loads = useRef(0);

  const fail = useCallback((error: unknown) => setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) }), []);

  useEffect(() => {
    api.workspaceInfo({}).then(setInfo, fail);
    api.postsList({}).then(setPosts, fail);
    return api.onDidChangePosts(() => void api.postsList({}).then(setPosts, fail));
  }, [api, fail]);

  const openPost = useCallback(
    async (path: string) => {
      try {
        const file = await api.postsRead({ path });
        setOpen({ path, version: file.version, savedText: file.text, loadId: ++loads.current });
        setText(file.text);
        setStatus({ kind: 'idle', message: '' });
      } catch (error) {
        fail(error);
      }
    },
    [api, fail],
  );

  const save = useCallback(async () => {
    if (!open) return;
    const current = textRef.current;
    setStatus({ kind: 'saving', message: 'Saving…' });
    try {
      const result = await api.postsSave({ path: open.path, text: current, base: open.version });
      if (result.status === 'saved') {
        setOpen({ ...open, version: result.version, savedText: current });
        setStatus({ kind: 'saved', message: 'Saved' });
        setPosts(await api.postsList({}));
      } else {
        setStatus({ kind: 'conflict', message: 'This file changed on disk since you opened it. Nothing was written.' });
      }
    } catch (error) {
      fail(error);
    }
  }, [api, open, fail]);

  const dirty = open !== null && text !== open.savedText;
  const split = splitPost(text);
  const body = text.slice(split.bodyStart);

  return (
    <div className="app">
      <aside className="sidebar">
        <header className="sidebar-header">
          <span className="workspace-name">{info?.name ?? 'Postdesk'}</span>
          {info && <span className="site-kind">{info.kind}</span>}
        </header>
        <PostList posts={posts} selected={open?.path ?? null} onSelect={(path) => void openPost(path)} />
      </aside>
      <main className="workbench">
        {open ? (
          <>
            <section className="pane editor-pane" aria-label="Editor">
              <MarkdownEditor documentKey={`${open.path}#${open.loadId}`} initialText={open.savedText} onChange={setText} onSave={() => void save()} />
            </section>
            <section className="pane preview-pane" aria-label="Preview">
              <Preview body={body} assetBase={info?.assetBase ?? ''} />
            </section>
          </>
        ) : (
          <div className="empty-state">
            <h1>Pick a post to start writing</h1>
            <p>Choose a post from the list on the left. Save with Ctrl+S (⌘S on a Mac).</p>
          </div>
        )}
      </main>
      <footer className="statusbar" role="status">
        <span>{open ? open.path : ''}</span>
        <span data-testid="save-state" className={`save-state ${status.kind}`}>
          {status.kind === 'error' || status.kind === 'conflict' || status.kind === 'saving' ? status.message : dirty ? 'Unsaved changes' : open ? 'Saved' : ''}
        </span>
      </footer>
    </div>
  );
}
