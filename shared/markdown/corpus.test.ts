import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { nodeSanitizer } from '../../electron/services/html-sanitize';

const sanitizeHtml = await nodeSanitizer();
import { splitPost } from '../frontmatter/split';
import { createMarkdown } from './pipeline';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const POST = /\.(md|markdown|mkdn|text)$/;

function posts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return posts(file);
    return POST.test(name) ? [file] : [];
  });
}

const files = (() => {
  try {
    return posts(corpus);
  } catch {
    console.log(`skipping corpus rendering: ${corpus} is absent`);
    return [];
  }
})();

describe.skipIf(files.length === 0)('real posts (shared corpus)', () => {
  const md = createMarkdown({ assetBase: 'postdesk-asset://workspace/' });

  it.each(files.map((file) => [path.relative(corpus, file), file]))('%s: no template syntax left as raw text outside code', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const fragment = JSDOM.fragment(sanitizeHtml(md.render(text.slice(splitPost(text).bodyStart))));
    for (const literal of fragment.querySelectorAll('code, .pd-liquid, .pd-shortcode')) literal.remove();
    expect(fragment.textContent?.match(/.{0,20}(\{%|\{\{).{0,20}/g) ?? []).toEqual([]);
  });
});
