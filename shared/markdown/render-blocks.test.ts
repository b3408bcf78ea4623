import { describe, expect, it } from 'vitest';
import { createMarkdown } from './pipeline';
import { blockLines, renderBlocks } from './render-blocks';

const md = createMarkdown();
const body = '# Title\n\nFirst paragraph with a note.[^1]\n\n- one\n- two\n\n```js\nlet a = 1;\n```\n\n[^1]: The note.\n';

describe('renderBlocks', () => {
  it('renders the same HTML as the whole document, block by block', () => {
    expect(renderBlocks(md, body).map((b) => b.html).join('')).toBe(md.render(body));
  });

  it('gives a block the same key wherever it sits, so only edited blocks change', () => {
    const before = renderBlocks(md, body, { lineOffset: 4 });
    const after = renderBlocks(md, `Inserted line.\n\n${body}`, { lineOffset: 4 });
    expect(after.length).toBe(before.length + 1);
    expect(after.slice(1).map((b) => b.key)).toEqual(before.map((b) => b.key));
    expect(after[1]?.html).not.toBe(before[0]?.html);
    expect(blockLines(before[0]?.html ?? '')).toEqual(['4']);
    expect(blockLines(after[1]?.html ?? '')).toEqual(['6']);
  });

  it('keeps raw HTML that wraps Markdown in one block, as the whole render nests it', () => {
    const wrapped = '<div class="note">\n\nInside **bold**.\n\n</div>\n\nAfter.\n';
    const blocks = renderBlocks(md, wrapped);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.html).toContain('<strong>bold</strong>');
    expect(blocks[0]?.html).toContain('</div>');
    expect(blocks.map((b) => b.html).join('')).toBe(md.render(wrapped));
  });
});
