import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readPost } from './front-matter-read';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
if (!existsSync(corpus)) console.log(`skipping the gray-matter corpus check: ${corpus} not found`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('the main-process read path (gray-matter + shared parser)', () => {
  it.skipIf(!existsSync(corpus))('agrees with splitPost on where the block ends for every corpus file', () => {
    for (const file of files(corpus).filter((f) => !f.endsWith('LICENSE-jekyll'))) {
      const read = readPost(readFileSync(file, 'utf8'), '1.1');
      expect({ file, agrees: read.grayMatterAgrees }).toEqual({ file, agrees: true });
    }
  });

  it.each([
    ['a `...` closing line', '---\ntitle: Dots\n...\nBody\n', { title: 'Dots' }, 'Body\n'],
    ['TOML', '+++\ntitle = "T"\n+++\nBody\n', { title: 'T' }, 'Body\n'],
    ['CRLF and a BOM', '\ufeff---\r\ntitle: T\r\n---\r\nBody\r\n', { title: 'T' }, 'Body\r\n'],
    ['an empty block', '---\n---\nBody', {}, 'Body'],
  ])('reads %s like the shared split', (_name, text, data, body) => {
    const read = readPost(text, '1.2');
    expect(read.data).toEqual(data);
    expect(read.body).toBe(body);
    expect(read.grayMatterAgrees).toBe(true);
  });

  it('keeps an unclosed fence as body, where gray-matter alone would swallow the whole file', () => {
    const text = '---\ntitle: never closed\n\nBody\n';
    expect(matter(text, { engines: { yaml: () => ({}) } }).content).toBe('');
    expect(readPost(text, '1.2')).toMatchObject({ format: null, body: text });
  });

  it('uses the shared split when a line only starts with the fence', () => {
    const read = readPost('---\ntitle: T\n---not a fence\nx: 1\n---\nBody\n', '1.2');
    expect(read.grayMatterAgrees).toBe(false);
    expect(read.body).toBe('Body\n');
  });

  it('never fills gray-matter\'s cache', () => {
    readPost('---\ntitle: cache probe\n---\n', '1.2');
    expect(Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache)).not.toContain('---\ntitle: cache probe\n---\n');
  });
});
