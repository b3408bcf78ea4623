import { EditorState, type Extension } from '@codemirror/state';

/**
 * Keeps a file's line endings. Left alone, CodeMirror splits lines on CRLF, CR and LF and joins
 * them with LF, which would rewrite every CRLF post (and any stray CR) on the first save.
 */
export function lineEndings(text: string): Extension {
  return EditorState.lineSeparator.of(text.includes('\r\n') ? '\r\n' : '\n');
}

/**
 * CodeMirror counts a line break as one position whatever its separator, so an offset into a CRLF
 * text (where it is two characters) maps to an earlier document position.
 */
export function docPosition(text: string, offset: number): number {
  let crlf = 0;
  for (let i = text.indexOf('\r\n'); i !== -1 && i < offset; i = text.indexOf('\r\n', i + 2)) crlf++;
  return offset - crlf;
}
