import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { ensureSyntaxTree, foldable } from '@codemirror/language';
import { markdownLanguageSupport } from './markdown-language';

function stateOf(doc: string) {
  return EditorState.create({ doc, extensions: [markdownLanguageSupport()] });
}

function treeOf(state: EditorState) {
  const tree = ensureSyntaxTree(state, state.doc.length, 5000);
  if (!tree) throw new Error('the parse did not finish');
  return tree;
}

/** Names of the nodes, innermost first, at the given position. */
function nodesAt(state: EditorState, pos: number): string[] {
  const names: string[] = [];
  for (let node: { name: string; parent: unknown } | null = treeOf(state).resolveInner(pos, 1); node; node = node.parent as typeof node) names.push(node.name);
  return names;
}

function topLevel(state: EditorState): string[] {
  const names: string[] = [];
  const cursor = treeOf(state).cursor();
  cursor.firstChild();
  do names.push(cursor.name);
  while (cursor.nextSibling());
  return names;
}

describe('frontMatter', () => {
  it('parses YAML front matter as YAML and not as a rule and a setext heading', () => {
    const doc = '---\ntitle: Hello\ntags: [a, b]\n---\n\n# Body\n';
    const state = stateOf(doc);
    expect(topLevel(state)).toEqual(['FrontMatter', 'ATXHeading1']);
    expect(nodesAt(state, doc.indexOf('tags'))).toContain('Key');
    expect(nodesAt(state, doc.indexOf('Hello'))).toContain('Pair');
  });

  it('accepts `...` as the closing YAML fence', () => {
    expect(topLevel(stateOf('---\ntitle: x\n...\nText\n'))).toEqual(['FrontMatter', 'Paragraph']);
  });

  it('tokenizes TOML front matter: keys, tables, strings', () => {
    const doc = '+++\ntitle = "Hello"\n[params]\ncount = 3\n+++\nBody\n';
    const state = stateOf(doc);
    expect(topLevel(state)).toEqual(['FrontMatter', 'Paragraph']);
    expect(nodesAt(state, doc.indexOf('title'))[0]).toBe('propertyName');
    expect(nodesAt(state, doc.indexOf('"Hello"'))[0]).toBe('string');
    expect(nodesAt(state, doc.indexOf('[params]'))[0]).toBe('heading');
  });

  it("recognises Hugo's JSON front matter as one block", () => {
    expect(topLevel(stateOf('{\n  "title": "Hi"\n}\n\nText\n'))).toEqual(['FrontMatter', 'Paragraph']);
  });

  it('leaves an unclosed fence to Markdown', () => {
    expect(topLevel(stateOf('---\ntitle: Hello\n'))[0]).toBe('HorizontalRule');
  });

  it('is only front matter at the very start of the post', () => {
    expect(topLevel(stateOf('Intro\n\n---\ntitle: x\n---\n'))).not.toContain('FrontMatter');
  });

  it('finds the closing fence of front matter longer than the first read window', () => {
    const doc = `---\n${'key: value\n'.repeat(1000)}---\n# After\n`;
    expect(topLevel(stateOf(doc))).toEqual(['FrontMatter', 'ATXHeading1']);
  });

  it('becomes front matter again when the closing fence is typed', () => {
    const start = stateOf('---\ntitle: Hello\n\n# Body\n');
    treeOf(start);
    const closed = start.update({ changes: { from: 'title: Hello\n'.length + 4, insert: '---\n' } }).state;
    expect(closed.doc.toString()).toBe('---\ntitle: Hello\n---\n\n# Body\n');
    expect(topLevel(closed)).toEqual(['FrontMatter', 'ATXHeading1']);
  });

  it('folds the block down to its two fences', () => {
    const doc = '---\ntitle: Hello\ndate: 2024-01-02\n---\nBody\n';
    const state = stateOf(doc);
    treeOf(state);
    const first = state.doc.line(1);
    expect(foldable(state, first.from, first.to)).toEqual({ from: 3, to: doc.indexOf('\n---\n') });
  });

  it('offers no fold for empty front matter', () => {
    const state = stateOf('---\n---\nBody\n');
    treeOf(state);
    expect(foldable(state, 0, 3)).toBeNull();
  });
});
