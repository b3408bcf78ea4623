// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../shared/markdown/pipeline';
import { renderBlocks } from '../../shared/markdown/render-blocks';
import { BlockPatcher } from './block-patcher';

const md = createMarkdown();

function setup() {
  const root = document.createElement('article');
  const sanitized: string[] = [];
  const patcher = new BlockPatcher(root, (html) => (sanitized.push(html), html));
  return { root, sanitized, patcher };
}

describe('BlockPatcher', () => {
  it('shows the rendered post', () => {
    const { root, patcher } = setup();
    patcher.apply(renderBlocks(md, '# Title\n\nText with ![img](a.png).\n'));
    expect(root.querySelector('h1')?.textContent).toBe('Title');
    expect(root.querySelector('img')?.getAttribute('src')).toBe('a.png');
  });

  it('keeps the DOM of unchanged blocks (images do not reload) and sanitizes only new ones', () => {
    const { root, sanitized, patcher } = setup();
    const body = '# Title\n\n![img](a.png)\n\nLast paragraph.\n';
    patcher.apply(renderBlocks(md, body));
    const image = root.querySelector('img');
    sanitized.length = 0;
    patcher.apply(renderBlocks(md, body.replace('Last paragraph.', 'Last paragraph, edited.')));
    expect(root.querySelector('img')).toBe(image);
    expect(sanitized).toHaveLength(1);
    expect(root.textContent).toContain('Last paragraph, edited.');
  });

  it('moves source lines with the text when lines are inserted above', () => {
    const { root, sanitized, patcher } = setup();
    patcher.apply(renderBlocks(md, '# Title\n\nPara.\n'));
    const heading = root.querySelector('h1');
    sanitized.length = 0;
    patcher.apply(renderBlocks(md, 'New first line.\n\n# Title\n\nPara.\n'));
    expect(root.querySelector('h1')).toBe(heading);
    expect(heading?.getAttribute('data-source-line')).toBe('2');
    expect(sanitized).toHaveLength(1);
  });

  it('removes deleted blocks and keeps the order of the rest', () => {
    const { root, patcher } = setup();
    patcher.apply(renderBlocks(md, 'One.\n\nTwo.\n\nThree.\n'));
    patcher.apply(renderBlocks(md, 'Three.\n\nOne.\n'));
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Three.', 'One.']);
  });

  it('in slices, a newer update abandons an older one and the newer one wins', async () => {
    const { root, patcher } = setup();
    const many = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    const first = patcher.applyInSlices(renderBlocks(md, many));
    const second = patcher.applyInSlices(renderBlocks(md, 'Only this.\n'));
    expect(await second).toBe(true);
    expect(await first).toBe(false);
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Only this.']);
  });

  it('sanitizes a whole new post in a few calls, block boundaries intact', () => {
    const { root, sanitized, patcher } = setup();
    const body = Array.from({ length: 150 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    patcher.apply(renderBlocks(md, body));
    expect(sanitized.length).toBeLessThan(10);
    expect(root.children).toHaveLength(150);
    expect(root.children[149]?.textContent?.trim()).toBe('Paragraph 149.');
  });

  it('falls back to one block at a time when a block would break the batch apart', () => {
    const { root, patcher } = setup();
    patcher.apply([
      { key: 'a', html: '<p>a</p>' },
      { key: 'b', html: '</div><p>b</p>' },
      { key: 'c', html: '<p>c</p>' },
    ]);
    expect([...root.children].map((c) => c.textContent)).toEqual(['a', 'b', 'c']);
    expect(root.querySelectorAll('[data-pd-batch]')).toHaveLength(0);
  });
});

