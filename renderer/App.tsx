import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import type { AppCommand, PostdeskApi } from '../shared/ipc';
import type { PostSummary } from '../shared/post';
import type { WorkspaceInfo } from '../shared/site';
import { splitPost } from '../shared/frontmatter/split';
import { ConflictBar } from './ConflictBar';
import { MarkdownEditor, type MarkdownEditorHandle } from './editor/MarkdownEditor';
import { Divider } from './layout/Divider';
import { useLayout } from './layout/use-layout';
import { PostList } from './posts/PostList';
import { Preview } from './preview/Preview';
import { syncScrolling, type ScrollSync } from './preview/scroll-sync';
import { StatusBar } from './status/StatusBar';
import { useOpenPost } from './use-open-post';

/** Line breaks before `end`: the number of lines the front matter takes. */
function countLines(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

export function App({ api }: { api: PostdeskApi }) {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [posts, setPosts] = useState<PostSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [layout, updateLayout] = useLayout();
  const workbench = useRef<HTMLDivElement>(null);

  const refreshPosts = useCallback(() => {
    api.postsList({}).then(setPosts, (error: unknown) => setLoadError(String(error)));
  }, [api]);
  const post = useOpenPost(api, refreshPosts);

  useEffect(() => {
    api.workspaceInfo({}).then(setInfo, (error: unknown) => setLoadError(String(error)));
    refreshPosts();
    return api.onDidChangePosts(refreshPosts);
  }, [api, refreshPosts]);

  const { savePost } = post;
  useEffect(() => {
    const toggles: Partial<Record<AppCommand, () => void>> = {
      save: () => void savePost(),
      'toggle-sidebar': () => updateLayout({ sidebarOpen: !layout.sidebarOpen }),
      'toggle-preview': () => updateLayout({ previewOpen: !layout.previewOpen }),
    };
    return api.onDidRequestCommand(({ command }) => toggles[command]?.());
  }, [api, savePost, layout, updateLayout]);

  const bodyStart = splitPost(post.text).bodyStart;
  const body = post.text.slice(bodyStart);
  const lineOffset = countLines(post.text, bodyStart);
  const deferredBody = useDeferredValue(body);
  const documentDir = post.open ? post.open.path.split('/').slice(0, -1).join('/') : '';

  const editorRef = useRef<MarkdownEditorHandle>(null);
  const [previewElement, setPreviewElement] = useState<HTMLElement | null>(null);
  const scrollSync = useRef<ScrollSync | null>(null);
  const loadId = post.open?.loadId;
  useEffect(() => {
    if (!previewElement || loadId === undefined) return;
    const sync = syncScrolling(() => editorRef.current?.getView() ?? null, previewElement);
    scrollSync.current = sync;
    return () => sync.dispose();
  }, [previewElement, loadId]);
  const onPreviewRendered = useCallback(() => scrollSync.current?.invalidate(), []);
  const jumpToLine = useCallback((line: number) => editorRef.current?.jumpToLine(line), []);

  const columns = [layout.sidebarOpen ? `${layout.sidebarWidth}px 4px` : '', '1fr'].filter(Boolean).join(' ');
  const editorColumns = layout.previewOpen ? `${layout.editorShare}fr 4px ${1 - layout.editorShare}fr` : '1fr';

  return (
    <div className="app" style={{ gridTemplateColumns: columns }}>
      {layout.sidebarOpen && (
        <>
          <aside className="sidebar" aria-label="Posts">
            <header className="sidebar-header">
              <span className="workspace-name" title={info?.root}>
                {info?.name ?? 'Postdesk'}
              </span>
              {info && <span className="site-kind">{info.kind}</span>}
            </header>
            {loadError ? <p className="empty error">{loadError}</p> : <PostList posts={posts} selected={post.open?.path ?? null} onSelect={(path) => void post.openPost(path)} />}
          </aside>
          <Divider label="Resize the post list" value={layout.sidebarWidth} resize={(start, dx) => updateLayout({ sidebarWidth: start + dx })} />
        </>
      )}
      <main className="main-column">
        <div className="toolbar">
          <button type="button" className="icon-button" aria-pressed={layout.sidebarOpen} onClick={() => updateLayout({ sidebarOpen: !layout.sidebarOpen })} title="Show or hide the post list">
            Posts
          </button>
          <span className="toolbar-title">{post.open ? post.open.path : ''}</span>
          <button type="button" className="icon-button" aria-pressed={layout.previewOpen} onClick={() => updateLayout({ previewOpen: !layout.previewOpen })} title="Show or hide the preview">
            Preview
          </button>
        </div>
        {post.conflict && <ConflictBar deleted={post.conflict.disk === null} onReload={post.reload} onKeepMine={() => void post.keepMine()} />}
        {post.open ? (
          <div className="workbench" ref={workbench} style={{ gridTemplateColumns: editorColumns }}>
            <section className="pane editor-pane" aria-label="Editor">
              <MarkdownEditor ref={editorRef} documentKey={`${post.open.path}#${post.open.loadId}`} initialText={post.open.savedText} onChange={post.setText} onSave={() => void post.savePost()} />
            </section>
            {layout.previewOpen && (
              <>
                <Divider label="Resize the preview" value={layout.editorShare} resize={(start, dx) => updateLayout({ editorShare: start + dx / (workbench.current?.clientWidth ?? 1000) })} />
                <section className="pane preview-pane" aria-label="Preview" ref={setPreviewElement}>
                  <Preview
                    body={deferredBody}
                    lineOffset={lineOffset}
                    assetBase={info?.assetBase ?? ''}
                    documentDir={documentDir}
                    onJumpToLine={jumpToLine}
                    onRendered={onPreviewRendered}
                  />
                </section>
              </>
            )}
          </div>
        ) : (
          <div className="empty-state">
            <h1>Pick a post to start writing</h1>
            <p>Choose a post from the list. Save with Ctrl+S (⌘S on a Mac); your edits are checked against the file on disk before anything is written.</p>
          </div>
        )}
      </main>
      <StatusBar path={post.open?.path ?? null} body={deferredBody} save={post.save} />
    </div>
  );
}
