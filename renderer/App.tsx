import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppCommand, PostdeskApi } from '../shared/ipc';
import type { PostSummary, RecoverableEdit } from '../shared/post';
import type { WorkspaceInfo } from '../shared/site';
import { ConflictBar } from './ConflictBar';
import { TextPrompt } from './dialogs/TextPrompt';
import { ConfirmDialog } from './dialogs/ConfirmDialog';
import { UnsavedDialog } from './dialogs/UnsavedDialog';
import type { MarkdownEditorHandle } from './editor/MarkdownEditor';
import type { OutlineItem } from './editor/outline';
import { FrontMatterForm } from './frontmatter/FrontMatterForm';
import { TaxonomyManager } from './taxonomy/TaxonomyManager';
import { OutlineView } from './panel/OutlineView';
import { SidePanel } from './panel/SidePanel';
import { Divider } from './layout/Divider';
import { useLayout } from './layout/use-layout';
import { PostList } from './posts/PostList';
import { usePostActions } from './posts/use-post-actions';
import { RecoveryBanner } from './recovery/RecoveryBanner';
import { useSetting } from './settings';
import { storeImage } from './store-image';
import { applyFormEdit } from './editor/apply-form-edit';
import { StatusBar } from './status/StatusBar';
import { useOpenPost } from './use-open-post';
import { useRenderedPost } from './preview/use-rendered-post';
import { Workbench } from './Workbench';

export function App({ api }: { api: PostdeskApi }) {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [posts, setPosts] = useState<PostSummary[] | null>(null);
  const [recoverable, setRecoverable] = useState<RecoverableEdit[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [layout, updateLayout] = useLayout();
  const [autosave, setAutosave] = useSetting<boolean>('autosave', false);
  const editorRef = useRef<MarkdownEditorHandle>(null);
  const [outline, setOutline] = useState<readonly OutlineItem[]>([]);
  const [view, setView] = useState<'write' | 'taxonomy'>('write');

  const searchText = useCallback((query: string) => api.postsSearch({ query }), [api]);
  const refreshPosts = useCallback(() => {
    api.postsList({}).then(setPosts, (error: unknown) => setLoadError(String(error)));
  }, [api]);
  const post = useOpenPost(api, { autosave, onSaved: refreshPosts });
  const { onDiskChange, openPost, savePost, isDirty } = post;

  // Nothing replaces a post with unsaved edits without asking: Save, Discard changes, or Cancel.
  const [pending, setPending] = useState<(() => void) | null>(null);
  const guard = useCallback((action: () => void) => (isDirty() ? setPending(() => action) : action()), [isDirty]);
  const guardedOpen = useCallback((path: string) => guard(() => void openPost(path)), [guard, openPost]);
  const actions = usePostActions(api, { open: async (path) => guardedOpen(path), closeOpenPost: post.close, refresh: refreshPosts, fail: (error) => setLoadError(String(error)) });

  // Stable callbacks: the workbench is memoized and the window re-renders on every keystroke.
  const openPath = post.open?.path ?? '';
  const saveFromEditor = useCallback(() => void savePost(), [savePost]);
  const storeImageForPost = useCallback((file: File) => storeImage(api, openPath, file), [api, openPath]);
  const showError = useCallback((error: unknown) => setLoadError(String(error)), []);
  useEffect(() => {
    api.workspaceInfo({}).then(setInfo, (error: unknown) => setLoadError(String(error)));
    api.recoveryList({}).then(setRecoverable, () => setRecoverable([]));
    refreshPosts();
    return api.onDidChangePosts((change) => {
      refreshPosts();
      onDiskChange(change);
    });
  }, [api, refreshPosts, onDiskChange]);

  const { startNew } = actions;
  useEffect(() => {
    const commands: Partial<Record<AppCommand, () => void>> = {
      save: () => void savePost(),
      'new-post': startNew,
      'toggle-sidebar': () => updateLayout({ sidebarOpen: !layout.sidebarOpen }),
      'toggle-preview': () => updateLayout({ previewOpen: !layout.previewOpen }),
      'toggle-panel': () => updateLayout({ panelOpen: !layout.panelOpen }),
    };
    return api.onDidRequestCommand(({ command }) => commands[command]?.());
  }, [api, savePost, startNew, layout, updateLayout]);

  useEffect(
    () => api.onDidRequestOpenFolder(({ folder }) => guard(() => void api.workspaceOpen({ folder }).catch((error: unknown) => setLoadError(String(error))))),
    [api, guard],
  );

  // Main asks before closing a window with unsaved edits.
  const edited = post.open !== null && (post.text !== post.open.savedText || post.conflict !== null);
  useEffect(() => {
    api.windowSetEdited({ edited }).catch(() => undefined);
  }, [api, edited]);

  // Ctrl/Cmd+S anywhere in the window (the editor's own keymap handles it when it has focus).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's' && !event.defaultPrevented) {
        event.preventDefault();
        void savePost();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [savePost]);

  const restore = (edit: RecoverableEdit) =>
    guard(() => {
      setRecoverable((list) => list.filter((e) => e.path !== edit.path));
      void post.restore(edit);
    });
  const discard = (edit: RecoverableEdit) => {
    setRecoverable((list) => list.filter((e) => e.path !== edit.path));
    api.recoveryDiscard({ path: edit.path }).catch((error: unknown) => setLoadError(String(error)));
  };

  const documentDir = post.open ? post.open.path.split('/').slice(0, -1).join('/') : '';
  const rendered = useRenderedPost(post.text, info?.assetBase ?? '', documentDir);
  const summary = posts?.find((p) => p.path === post.open?.path) ?? null;
  const clean = post.open !== null && !edited;
  const panelShown = view === 'write' && layout.panelOpen && post.open !== null;
  /** Back from the manager: a clean open post is re-read, since the manager may have rewritten it. */
  const backToWriting = (path = post.open?.path) => {
    setView('write');
    if (path && path !== post.open?.path) guardedOpen(path);
    else if (path && clean) void openPost(path);
  };
  const columns = [layout.sidebarOpen ? `${layout.sidebarWidth}px 4px` : '', 'minmax(0, 1fr)', panelShown ? `4px ${layout.panelWidth}px` : ''].filter(Boolean).join(' ');

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
              <button type="button" className="new-post" onClick={actions.startNew} title="New post (Ctrl+N)">
                New post
              </button>
            </header>
            <button type="button" className="taxonomy-toggle" aria-pressed={view === 'taxonomy'} onClick={() => (view === 'taxonomy' ? backToWriting() : setView('taxonomy'))}>
              Tags &amp; categories…
            </button>
            {loadError && (
              <p className="empty error" role="alert">
                {loadError}
              </p>
            )}
            <PostList posts={posts} selected={post.open?.path ?? null} onSelect={guardedOpen} search={searchText} />
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
          {post.open && view === 'write' && (
            <span className="post-actions">
              {summary?.draft && (
                <button type="button" className="icon-button" disabled={!clean} onClick={() => actions.publish(post.open?.path ?? '')} title={clean ? 'Publish this draft' : 'Save first'}>
                  Publish
                </button>
              )}
              <button type="button" className="icon-button" disabled={!clean} onClick={() => void actions.startRename(post.open?.path ?? '')} title={clean ? 'Rename or move the file' : 'Save first'}>
                Rename…
              </button>
              <button type="button" className="icon-button" disabled={!clean} onClick={() => actions.startTrash(post.open?.path ?? '', summary?.title ?? '')} title={clean ? 'Move to the trash' : 'Save first'}>
                Trash…
              </button>
            </span>
          )}
          <button type="button" className="icon-button" aria-pressed={layout.previewOpen} onClick={() => updateLayout({ previewOpen: !layout.previewOpen })} title="Show or hide the preview">
            Preview
          </button>
          <button type="button" className="icon-button" aria-pressed={layout.panelOpen} onClick={() => updateLayout({ panelOpen: !layout.panelOpen })} title="Show or hide the front matter and outline">
            Details
          </button>
        </div>
        <RecoveryBanner edits={recoverable} onRestore={restore} onDiscard={discard} />
        {post.conflict && <ConflictBar conflict={post.conflict} mine={post.text} onReload={post.reload} onKeepMine={() => void post.keepMine()} onClose={post.close} />}
        {view === 'taxonomy' ? (
          <TaxonomyManager api={api} onOpenPost={(path) => backToWriting(path)} />
        ) : post.open ? (
          <Workbench
            open={post.open}
            blocks={rendered.blocks}
            layout={layout}
            updateLayout={updateLayout}
            onChange={post.setText}
            onSave={saveFromEditor}
            storeImage={storeImageForPost}
            onError={showError}
            onOutline={setOutline}
            editorRef={editorRef}
          />
        ) : (
          <div className="empty-state">
            <h1>{posts?.length === 0 ? 'Write your first post' : 'Pick a post to start writing'}</h1>
            <p>
              {posts?.length === 0 ? 'This folder has no posts yet. ' : 'Choose a post from the list, or start a new one. '}
              Save with Ctrl+S (⌘S on a Mac); nothing is written over a file that changed on disk.
            </p>
            <button type="button" className="primary" onClick={actions.startNew}>
              New post
            </button>
          </div>
        )}
      </main>
      {panelShown && post.open && info && (
        <>
          <Divider label="Resize the details panel" value={layout.panelWidth} resize={(start, dx) => updateLayout({ panelWidth: start - dx })} />
          <SidePanel
            frontMatter={
              <FrontMatterForm
                text={post.text}
                kind={info.kind}
                path={post.open.path}
                layouts={info.layouts}
                posts={posts}
                onEdit={(change) => applyFormEdit(editorRef.current?.getView(), post.text, change)}
                onPublish={clean ? () => actions.publish(post.open?.path ?? '') : undefined}
                onJumpToLine={(line) => editorRef.current?.jumpToLine(line)}
              />
            }
            outline={<OutlineView items={outline} onJump={(item) => editorRef.current?.jumpTo(item.from)} />}
          />
        </>
      )}
      <StatusBar
        path={post.open?.path ?? null}
        words={rendered.words}
        save={post.save}
        autosave={autosave}
        onToggleAutosave={() => setAutosave(!autosave)}
      />
      {pending && post.open && (
        <UnsavedDialog
          path={post.open.path}
          onSave={() => {
            setPending(null);
            void savePost().then((saved) => saved && pending());
          }}
          onDiscard={() => {
            setPending(null);
            api.recoveryDiscard({ path: post.open?.path ?? '' }).catch(() => undefined);
            pending();
          }}
          onCancel={() => setPending(null)}
        />
      )}
      {actions.dialog?.kind === 'new' && <TextPrompt title="New post" label="Title" confirm="Create" hint="The post starts as a draft." onConfirm={actions.create} onCancel={actions.cancel} />}
      {actions.dialog?.kind === 'rename' && (
        <TextPrompt
          title="Rename post"
          label="Path in the workspace"
          initial={actions.dialog.suggestion}
          confirm="Rename"
          hint="Suggested from the post's title and date."
          onConfirm={(to) => actions.dialog?.kind === 'rename' && actions.rename(actions.dialog.path, to)}
          onCancel={actions.cancel}
        />
      )}
      {actions.dialog?.kind === 'trash' && (
        <ConfirmDialog
          title="Move to trash"
          message={`Move “${actions.dialog.title}” (${actions.dialog.path}) to the trash?`}
          confirm="Move to trash"
          onConfirm={() => actions.dialog?.kind === 'trash' && actions.trash(actions.dialog.path)}
          onCancel={actions.cancel}
        />
      )}
    </div>
  );
}
