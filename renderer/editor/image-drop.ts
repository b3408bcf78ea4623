import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** Stores an image file somewhere the post can reach and resolves to the URL to write. */
export type StoreImage = (file: File) => Promise<string>;

/** Markdown for an image: alt text from the file name, the URL in angle brackets if it has spaces. */
export function imageMarkdown(fileName: string, url: string): string {
  const alt = fileName.replace(/\.[^.]*$/, '').replace(/[[\]\\]/g, '').replace(/[-_]+/g, ' ').trim() || 'image';
  return `![${alt}](${/\s/.test(url) ? `<${url}>` : url})`;
}

function imagesOf(data: DataTransfer | null): File[] {
  return data ? [...data.files].filter((file) => file.type.startsWith('image/')) : [];
}

async function insertImages(view: EditorView, files: File[], at: number, store: StoreImage): Promise<void> {
  const links: string[] = [];
  for (const file of files) links.push(imageMarkdown(file.name || 'pasted-image', await store(file)));
  const insert = links.join('\n');
  // The document may have changed while the files were stored; keep the position inside it.
  const pos = Math.min(at, view.state.doc.length);
  view.dispatch({ changes: { from: pos, insert }, selection: { anchor: pos + insert.length }, userEvent: 'input.paste' });
}

/** Pasting or dropping images stores them (in the site's asset folder) and inserts Markdown links. */
export function imageDrop(store: StoreImage, onError: (error: unknown) => void): Extension {
  return EditorView.domEventHandlers({
    paste(event, view) {
      const files = imagesOf(event.clipboardData);
      if (files.length === 0) return false;
      event.preventDefault();
      insertImages(view, files, view.state.selection.main.head, store).catch(onError);
      return true;
    },
    drop(event, view) {
      const files = imagesOf(event.dataTransfer);
      if (files.length === 0) return false;
      event.preventDefault();
      const at = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
      insertImages(view, files, at, store).catch(onError);
      return true;
    },
  });
}
