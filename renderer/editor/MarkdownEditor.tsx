import { useEffect, useLayoutEffect, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { editorExtensions, type EditorCallbacks } from './extensions';

interface Props extends EditorCallbacks {
  /** Changes when another document is loaded; the text is then replaced and history restarts. */
  documentKey: string;
  initialText: string;
}

/** CodeMirror 6, created once per mount; React renders never re-create the view. */
export function MarkdownEditor({ documentKey, initialText, onChange, onSave }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef<EditorCallbacks>({ onChange, onSave });
  useLayoutEffect(() => {
    callbacks.current = { onChange, onSave };
  });

  useEffect(() => {
    const created = new EditorView({ parent: host.current as HTMLDivElement });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const extensions = editorExtensions({
      onChange: (text) => callbacks.current.onChange(text),
      onSave: () => callbacks.current.onSave(),
    });
    view.current?.setState(EditorState.create({ doc: initialText, extensions }));
    // Only a new document replaces the text; edits flow out through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentKey]);

  return <div className="editor" ref={host} data-testid="editor" />;
}
