import { describe, expect, it } from 'vitest';
import { lineForOffset, offsetForLine, type Anchor } from './source-map';

const anchors: Anchor[] = [
  { line: 5, top: 0 },
  { line: 9, top: 100 },
  { line: 10, top: 300 },
];

describe('offsetForLine', () => {
  it('puts an anchored line at its block', () => {
    expect(offsetForLine(anchors, 9)).toBe(100);
  });
  it('interpolates between blocks, so long paragraphs scroll smoothly', () => {
    expect(offsetForLine(anchors, 7)).toBe(50);
    expect(offsetForLine(anchors, 9.5)).toBe(200);
  });
  it('stays at the top before the first block and at the last block after it', () => {
    expect(offsetForLine(anchors, 1)).toBe(0);
    expect(offsetForLine(anchors, 40)).toBe(300);
    expect(offsetForLine([], 3)).toBe(0);
  });
});

describe('lineForOffset', () => {
  it('is the inverse of offsetForLine between anchors', () => {
    for (const line of [5, 6.5, 9, 9.25]) expect(lineForOffset(anchors, offsetForLine(anchors, line))).toBeCloseTo(line);
  });
  it('clamps to the first and last anchor', () => {
    expect(lineForOffset(anchors, -10)).toBe(5);
    expect(lineForOffset(anchors, 1000)).toBe(10);
  });
});
