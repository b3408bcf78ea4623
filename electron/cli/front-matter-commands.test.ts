import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../tests/cli-harness';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seedDir = path.resolve(repoRoot, '../shared/corpus/seed');

/** `postdesk set` and `postdesk check`, run in-process with captured streams on real temporary folders. */
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'postdesk-fm-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) => cli(argv, dir);

const SEED_STYLE = '---\nlayout: post\ntitle: "Sahara.AI – A Promising Future"\ndate: 2024-01-29\ntags: [a, b, c]\n---\n\nBody.\n';

describe('postdesk set FILE KEY VALUE', () => {
  it('changes exactly one line of a seed-style post', async () => {
    await writeFile(path.join(dir, 'post.md'), SEED_STYLE);
    expect(await run('set', 'post.md', 'tags', '[a, b, d]')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(path.join(dir, 'post.md'), 'utf8')).toBe(SEED_STYLE.replace('tags: [a, b, c]', 'tags: [a, b, d]'));
  });

  it.each([
    ['title', '"Title: with colon"', 'title: "Title: with colon"'],
    ['date', '2024-02-03', 'date: 2024-02-03'],
    ['draft', 'false', 'draft: false'],
  ])('reads VALUE as YAML flow text: %s %s', async (key, value, line) => {
    await writeFile(path.join(dir, 'post.md'), SEED_STYLE);
    expect((await run('set', 'post.md', key, value)).code).toBe(0);
    const after = await readFile(path.join(dir, 'post.md'), 'utf8');
    expect(after.split('\n')).toContain(line);
    expect(after.split('\n').filter((l) => !SEED_STYLE.split('\n').includes(l))).toEqual([line]);
  });

  it('leaves the file byte-identical when the value is unchanged', async () => {
    await writeFile(path.join(dir, 'post.md'), SEED_STYLE);
    expect((await run('set', 'post.md', 'tags', '[a, b, c]')).code).toBe(0);
    expect(await readFile(path.join(dir, 'post.md'), 'utf8')).toBe(SEED_STYLE);
  });

  it('refuses a file whose front matter cannot be parsed: exit 1, FILE:LINE: message, file untouched', async () => {
    const broken = '---\ntitle: ok\ntags: [a, b\n---\nBody\n';
    await writeFile(path.join(dir, 'broken.md'), broken);
    const result = await run('set', 'broken.md', 'title', 'New');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.md:\d+: .+\n/);
    expect(Number(/^broken\.md:(\d+):/.exec(result.stderr)?.[1])).toBeGreaterThanOrEqual(3);
    expect(await readFile(path.join(dir, 'broken.md'), 'utf8')).toBe(broken);
    expect((await readdir(dir)).sort()).toEqual(['broken.md']);
  });

  it('refuses a file that is not valid UTF-8 instead of rewriting its bytes', async () => {
    const latin1 = Buffer.from('---\ntitle: Caf\xe9\n---\nD\xe9j\xe0 vu\n', 'latin1');
    await writeFile(path.join(dir, 'latin1.md'), latin1);
    const result = await run('set', 'latin1.md', 'tags', '[a]');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/latin1\.md is not valid UTF-8/);
    expect((await readFile(path.join(dir, 'latin1.md'))).equals(latin1)).toBe(true);
  });

  it('is a usage error (exit 2) without three arguments or with a VALUE that is not YAML', async () => {
    expect((await run('set', 'post.md', 'tags')).code).toBe(2);
    await writeFile(path.join(dir, 'post.md'), SEED_STYLE);
    expect((await run('set', 'post.md', 'tags', '[a, b')).code).toBe(2);
    expect(await readFile(path.join(dir, 'post.md'), 'utf8')).toBe(SEED_STYLE);
  });

  it.skipIf(!existsSync(seedDir))('changes exactly one line of the corpus seed post', async () => {
    const name = (await readdir(seedDir)).find((n) => n.endsWith('.md')) as string;
    await mkdir(path.join(dir, '_posts'));
    const target = path.join(dir, '_posts', name);
    await copyFile(path.join(seedDir, name), target);
    const before = await readFile(target, 'utf8');
    expect((await run('set', `_posts/${name}`, 'tags', '[sahara-ai, blockchain]')).code).toBe(0);
    const after = await readFile(target, 'utf8');
    const old = before.split('\n');
    expect(after.split('\n').length).toBe(old.length);
    expect(after.split('\n').filter((line, i) => line !== old[i])).toEqual(['tags: [sahara-ai, blockchain]']);
  });
});

describe('postdesk check DIR', () => {
  beforeEach(async () => {
    await writeFile(path.join(dir, '_config.yml'), 'title: Test\n');
    await mkdir(path.join(dir, '_posts'));
  });

  it('exits 0 and prints nothing for a clean site', async () => {
    await writeFile(path.join(dir, '_posts', '2024-01-01-ok.md'), '---\ntitle: Fine\ntags: [a]\n---\nBody\n');
    expect(await run('check', '.')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints path:line: message for every problem and exits 1', async () => {
    await writeFile(path.join(dir, '_posts', '2024-01-01-ok.md'), '---\ntitle: Fine\n---\nBody\n');
    await writeFile(path.join(dir, '_posts', '2024-01-02-broken.md'), '---\ntitle: ok\ntags: [a, b\n---\nBody\n');
    await writeFile(path.join(dir, '_posts', '2024-01-03-dup.md'), '---\ntitle: One\nlayout: post\ntitle: Two\n---\nBody\n');
    const result = await run('check', '.');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.some((line) => /^_posts\/2024-01-02-broken\.md:[3-5]: \S/.test(line))).toBe(true);
    expect(lines).toContain('_posts/2024-01-03-dup.md:4: warning: duplicate key "title": the last one wins');
    expect(lines.every((line) => /^_posts\/2024-01-0[23]-[a-z]+\.md:\d+: /.test(line))).toBe(true);
  });

  it('is a usage error without DIR', async () => {
    expect((await run('check')).code).toBe(2);
  });
});
