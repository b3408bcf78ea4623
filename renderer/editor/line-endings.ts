import { EditorState, type Extension } from '@codemirror/state';

/**
 * Keeps a file's line endings: CodeMirror joins lines with `\n` unless told otherwise, which would
 * turn every CRLF post into an LF one on the first save.
 */
export function lineEndings(text: string): Extension {
  return text.includes('\r\n') ? EditorState.lineSeparator.of('\r\n') : [];
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
