import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { docPosition, lineEndings } from './line-endings';

function edited(text: string): string {
  const state = EditorState.create({ doc: text, extensions: lineEndings(text) });
  const end = state.doc.length;
  return state.update({ changes: { from: end, insert: state.lineBreak + 'added' } }).state.sliceDoc();
}

describe('lineEndings', () => {
  it('keeps CRLF files CRLF, for old lines and new ones', () => {
    expect(edited('---\r\ntitle: A\r\n---\r\nBody')).toBe('---\r\ntitle: A\r\n---\r\nBody\r\nadded');
  });
  it('keeps a stray CR where it is', () => {
    expect(edited('title\nfoo\rbar\n')).toBe('title\nfoo\rbar\n\nadded');
  });

  it('keeps LF files LF', () => {
    expect(edited('---\ntitle: A\n---\nBody')).toBe('---\ntitle: A\n---\nBody\nadded');
  });
  it('round-trips a CRLF text unchanged when nothing is edited', () => {
    const text = 'a\r\nb\r\n\r\nc\r\n';
    expect(EditorState.create({ doc: text, extensions: lineEndings(text) }).sliceDoc()).toBe(text);
  });
});

describe('docPosition', () => {
  it('maps an offset in a CRLF text to the editor position of the same character', () => {
    const text = 'ab\r\ncd\r\nef';
    const state = EditorState.create({ doc: text, extensions: lineEndings(text) });
    for (const ch of ['a', 'c', 'd', 'e', 'f']) {
      const pos = docPosition(text, text.indexOf(ch));
      expect(state.sliceDoc(pos, pos + 1)).toBe(ch);
    }
    expect(docPosition('a\nb', 2)).toBe(2);
  });
});
