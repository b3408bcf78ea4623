import { memo, useCallback, useEffect, useRef, useState, type Ref } from 'react';
import type { RenderedBlock } from '../shared/markdown/render-blocks';
import { MarkdownEditor, type MarkdownEditorHandle } from './editor/MarkdownEditor';
import type { OutlineItem } from './editor/outline';
import { Divider } from './layout/Divider';
import type { Layout } from './layout/use-layout';
import { Preview } from './preview/Preview';
import { syncScrolling, type ScrollSync } from './preview/scroll-sync';
import type { OpenPost } from './use-open-post';

interface Props {
  open: OpenPost;
  /** The post rendered for the preview, off the main thread. */
  blocks: readonly RenderedBlock[] | null;
  layout: Layout;
  updateLayout: (change: Partial<Layout>) => void;
  onChange: (text: string) => void;
  onSave: () => void;
  storeImage: (file: File) => Promise<string>;
  onError: (error: unknown) => void;
  onOutline: (items: readonly OutlineItem[]) => void;
  editorRef: Ref<MarkdownEditorHandle> & { current: MarkdownEditorHandle | null };
}

/** The editor and the live preview side by side, scrolled together. */
export const Workbench = memo(function Workbench({ open, blocks, layout, updateLayout, onChange, onSave, storeImage, onError, onOutline, editorRef }: Props) {
  const container = useRef<HTMLDivElement>(null);

  const [previewElement, setPreviewElement] = useState<HTMLElement | null>(null);
  const scrollSync = useRef<ScrollSync | null>(null);
  useEffect(() => {
    if (!previewElement) return;
    const sync = syncScrolling(() => editorRef.current?.getView() ?? null, previewElement);
    scrollSync.current = sync;
    return () => sync.dispose();
  }, [previewElement, open.loadId, editorRef]);
  const onPreviewRendered = useCallback(() => scrollSync.current?.invalidate(), []);
  const jumpToLine = useCallback((line: number) => editorRef.current?.jumpToLine(line), [editorRef]);

  const columns = layout.previewOpen ? `${layout.editorShare}fr 4px ${1 - layout.editorShare}fr` : '1fr';
  return (
    <div className="workbench" ref={container} style={{ gridTemplateColumns: columns }}>
      <section className="pane editor-pane" aria-label="Editor">
        <MarkdownEditor ref={editorRef} documentKey={String(open.loadId)} initialText={open.initialText} onChange={onChange} onSave={onSave} storeImage={storeImage} onError={onError} onOutline={onOutline} />
      </section>
      {layout.previewOpen && (
        <>
          <Divider label="Resize the preview" value={layout.editorShare} resize={(start, dx) => updateLayout({ editorShare: start + dx / (container.current?.clientWidth ?? 1000) })} />
          <section className="pane preview-pane" aria-label="Preview" ref={setPreviewElement}>
            <Preview blocks={blocks} onJumpToLine={jumpToLine} onRendered={onPreviewRendered} />
          </section>
        </>
      )}
    </div>
  );
});
