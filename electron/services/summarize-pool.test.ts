import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOf } from './file-version';
import { PostIndex } from './post-index';
import { conventionsFor } from './site-conventions';
import { summarizeBytes } from './summarize-bytes';
import { POOL_THRESHOLD } from './summarize-pool';

let root: string;
const COUNT = POOL_THRESHOLD + 50;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'postdesk-pool-'));
  await mkdir(path.join(root, '_posts'));
  await writeFile(path.join(root, '_config.yml'), 'title: T\n');
  await Promise.all(
    Array.from({ length: COUNT }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      const front = i % 3 === 0 ? `title: "Post ${i}: quoted"\ntags: [t${i % 7}, shared]` : `title: Post ${i}\ntags:\n  - t${i % 5}\ncategories: news ${i % 2 ? 'life' : ''}`;
      return writeFile(path.join(root, '_posts', `2024-01-${day}-post-${i}.md`), `---\n${front}\ndate: 2024-01-${day}\n---\n${'Some words here. '.repeat(i % 40)}\n`);
    }),
  );
  await writeFile(path.join(root, '_posts', '2024-02-01-latin1.md'), Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'));
}, 30_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('a cold index of a large workspace', () => {
  it('is read and summarized on worker threads, with exactly the summaries of the single-thread path', async () => {
    const index = new PostIndex(root, conventionsFor('jekyll'), null);
    const stats = await index.build();
    expect(stats.posts).toBe(COUNT + 1);
    expect(stats.pooled).toBe(COUNT + 1);
    for (const summary of index.list()) {
      const bytes = readFileSync(path.join(root, summary.path));
      expect(summary).toEqual(summarizeBytes(summary.path, bytes, 'jekyll'));
      expect(index.get(summary.path)?.version).toMatchObject({ size: bytes.length, hash: hashOf(bytes) });
    }
    expect(index.get('_posts/2024-02-01-latin1.md')?.summary.problems[0]?.message).toMatch(/not valid UTF-8/);
  }, 30_000);
});
