import { describe, expect, it } from 'vitest';
import { documentOutline, outline, outlineField } from './outline';
import { markdownLanguageSupport } from './markdown-language';
import { stateWith } from './test-state';

const POST = [
  '---',
  'title: Not a heading',
  '---',
  '# First *steps*',
  '',
  '```md',
  '# not a heading',
  '```',
  '',
  'Setext title',
  '============',
  '',
  'Second part',
  '-----------',
  '',
  '    # indented code, not a heading',
  '',
  '> ### Quoted [link](https://example.com) ###',
  '',
  '- #### In a list',
  '',
  '<div>',
  '# inside HTML block',
  '</div>',
  '',
  '###### Six \\#6',
].join('\n');

describe('documentOutline', () => {
  it('lists ATX and setext headings with readable text, skipping front matter, code and HTML', () => {
    const state = stateWith(POST);
    expect(documentOutline(state).map(({ level, text, line }) => ({ level, text, line }))).toEqual([
      { level: 1, text: 'First steps', line: 4 },
      { level: 1, text: 'Setext title', line: 10 },
      { level: 2, text: 'Second part', line: 13 },
      { level: 3, text: 'Quoted link', line: 18 },
      { level: 4, text: 'In a list', line: 20 },
      { level: 6, text: 'Six #6', line: 26 },
    ]);
  });

  it('gives the offset where each heading starts', () => {
    const state = stateWith('Intro\n\n## Two\n');
    expect(documentOutline(state)[0]?.from).toBe(state.doc.toString().indexOf('## Two'));
  });
});

describe('outlineField', () => {
  const extensions = [markdownLanguageSupport(), outline()];

  it('follows edits that add a heading', () => {
    const state = stateWith('# One\n\ntext\n', extensions);
    const edited = state.update({ changes: { from: state.doc.length, insert: '\n## Two\n' } }).state;
    expect(edited.field(outlineField).map((item) => item.text)).toEqual(['One', 'Two']);
  });

  it('keeps the same value while typing leaves the headings as they were', () => {
    const state = stateWith('# One\n\ntext\n', extensions);
    const typed = state.update({ changes: { from: state.doc.length - 1, insert: ' more' } }).state;
    expect(typed.field(outlineField)).toBe(state.field(outlineField));
  });
});
