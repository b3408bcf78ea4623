/**
 * Keeps the editor and the preview scrolled to the same place, both ways. A pane scrolled by the
 * sync itself is ignored for a moment so the two never chase each other.
 */
import type { EditorView } from '@codemirror/view';
import { lineForOffset, offsetForLine, readAnchors, type Anchor } from './source-map';

const ECHO_MS = 120;

export interface ScrollSync {
  /** Call after the preview's content changed: anchors are re-read on the next scroll. */
  invalidate(): void;
  dispose(): void;
}

function editorTopLine(view: EditorView): number {
  // Block positions are measured from the document's top, below CodeMirror's own padding.
  const top = view.scrollDOM.scrollTop - view.documentPadding.top;
  const block = view.lineBlockAtHeight(top);
  const line = view.state.doc.lineAt(block.from).number;
  return line + (block.height > 0 ? Math.min(1, Math.max(0, (top - block.top) / block.height)) : 0);
}

function scrollEditorToLine(view: EditorView, line: number): void {
  const doc = view.state.doc;
  const whole = Math.min(doc.lines, Math.max(1, Math.floor(line)));
  const block = view.lineBlockAt(doc.line(whole).from);
  view.scrollDOM.scrollTop = block.top + view.documentPadding.top + (line - whole) * block.height;
}

export function syncScrolling(getView: () => EditorView | null, preview: HTMLElement): ScrollSync {
  let anchors: Anchor[] | null = null;
  let quietUntil = { editor: 0, preview: 0 };
  const current = () => (anchors ??= readAnchors(preview));

  const onEditorScroll = () => {
    const view = getView();
    if (!view || performance.now() < quietUntil.editor) return;
    quietUntil = { ...quietUntil, preview: performance.now() + ECHO_MS };
    preview.scrollTop = offsetForLine(current(), editorTopLine(view));
  };
  const onPreviewScroll = () => {
    const view = getView();
    if (!view || performance.now() < quietUntil.preview) return;
    quietUntil = { ...quietUntil, editor: performance.now() + ECHO_MS };
    scrollEditorToLine(view, lineForOffset(current(), preview.scrollTop));
  };

  const view = getView();
  view?.scrollDOM.addEventListener('scroll', onEditorScroll, { passive: true });
  preview.addEventListener('scroll', onPreviewScroll, { passive: true });
  const resize = new ResizeObserver(() => (anchors = null));
  resize.observe(preview);
  return {
    invalidate: () => (anchors = null),
    dispose: () => {
      view?.scrollDOM.removeEventListener('scroll', onEditorScroll);
      preview.removeEventListener('scroll', onPreviewScroll);
      resize.disconnect();
    },
  };
}
