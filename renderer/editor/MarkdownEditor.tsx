import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { editorExtensions, type EditorCallbacks, type EditorSettings } from './extensions';
import { setEditorTheme, type ThemeMode } from './editor-theme';
import { lineEndings } from './line-endings';
import { setLineWrapping } from './line-wrapping';
import { jumpTo, outlineField } from './outline';

/** What the window can ask of the editor. */
export interface MarkdownEditorHandle {
  focus(): void;
  /** Puts the cursor at the start of a 1-based line (clamped) and scrolls it to the top. */
  jumpToLine(line: number): void;
  /** The same for a document offset, e.g. an OutlineItem's `from`. */
  jumpTo(pos: number): void;
  getView(): EditorView | null;
  setTheme(mode: ThemeMode): void;
  setLineWrapping(on: boolean): void;
}

interface Props extends EditorCallbacks {
  /** Changes when another document is loaded; the text is then replaced and history restarts. */
  documentKey: string;
  initialText: string;
  ref?: Ref<MarkdownEditorHandle>;
}

function initialSettings(): EditorSettings {
  return {
    theme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    lineWrapping: true,
    lang: document.documentElement.lang || navigator.language || 'en',
  };
}

/** CodeMirror 6, created once per mount; React renders never re-create the view. */
export function MarkdownEditor({ documentKey, initialText, onChange, onSave, onOutline, storeImage, onError, ref }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef<EditorCallbacks>({ onChange, onSave, onOutline, storeImage, onError });
  // Settings outlive documents: a newly loaded post keeps the current theme and wrapping.
  const settings = useRef<EditorSettings | null>(null);
  settings.current ??= initialSettings();
  useLayoutEffect(() => {
    callbacks.current = { onChange, onSave, onOutline, storeImage, onError };
  });

  useEffect(() => {
    const created = new EditorView({ parent: host.current as HTMLDivElement });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, []);

  // Follow the OS when it switches between light and dark while the app is open.
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const follow = () => {
      const theme: ThemeMode = query.matches ? 'dark' : 'light';
      settings.current = { ...(settings.current ?? initialSettings()), theme };
      view.current?.dispatch({ effects: setEditorTheme(theme) });
    };
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  useEffect(() => {
    const extensions = editorExtensions(
      {
        onChange: (text) => callbacks.current.onChange(text),
        onSave: () => callbacks.current.onSave(),
        onOutline: (items) => callbacks.current.onOutline?.(items),
        storeImage: (file) => (callbacks.current.storeImage ? callbacks.current.storeImage(file) : Promise.reject(new Error('Images cannot be added here'))),
        onError: (error) => callbacks.current.onError?.(error),
      },
      settings.current ?? initialSettings(),
    );
    const state = EditorState.create({ doc: initialText, extensions: [lineEndings(initialText), extensions] });
    view.current?.setState(state);
    // setState runs no update listeners: report the new document's outline here.
    callbacks.current.onOutline?.(state.field(outlineField));
    // Only a new document replaces the text; edits flow out through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documentKey]);

  useImperativeHandle(
    ref,
    () => {
      const reconfigure = (change: Partial<EditorSettings>, effect: Parameters<EditorView['dispatch']>[0]) => {
        settings.current = { ...(settings.current ?? initialSettings()), ...change };
        view.current?.dispatch(effect);
      };
      return {
        focus: () => view.current?.focus(),
        jumpTo: (pos) => {
          const current = view.current;
          if (current) jumpTo(current, Math.max(0, Math.min(pos, current.state.doc.length)));
        },
        jumpToLine: (line) => {
          const current = view.current;
          if (!current) return;
          const { doc } = current.state;
          jumpTo(current, doc.line(Math.max(1, Math.min(Math.round(line), doc.lines))).from);
        },
        getView: () => view.current,
        setTheme: (mode) => reconfigure({ theme: mode }, { effects: setEditorTheme(mode) }),
        setLineWrapping: (on) => reconfigure({ lineWrapping: on }, { effects: setLineWrapping(on) }),
      };
    },
    [],
  );

  return <div className="editor" ref={host} data-testid="editor" />;
}
