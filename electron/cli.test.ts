import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../tests/cli-harness';

const repo = path.resolve(import.meta.dirname, '..');
let site: string;

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'postdesk-cli-'));
  await writeFile(path.join(site, '_config.yml'), 'title: T\n');
  await mkdir(path.join(site, '_posts'));
  await mkdir(path.join(site, '_drafts'));
  await writeFile(path.join(site, '_posts', '2024-01-29-first.md'), '---\ntitle: "First: post"\ndate: 2024-01-29\ntags: [a, b]\ncategories: news\n---\nHello world.\n');
  await writeFile(path.join(site, '_drafts', 'idea.md'), '---\ntitle: Idea\n---\nLater.\n');
});
afterAll(() => rm(site, { recursive: true, force: true }));

describe('postdesk list', () => {
  it('prints every post as JSON with the documented fields', async () => {
    const run = await cli(['list', site, '--json']);
    expect(run.code).toBe(0);
    const posts = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(posts.map((p) => p.path)).toEqual(['_drafts/idea.md', '_posts/2024-01-29-first.md']);
    expect(posts[1]).toMatchObject({ path: '_posts/2024-01-29-first.md', title: 'First: post', date: '2024-01-29', draft: false, tags: ['a', 'b'], categories: ['news'] });
    expect(posts[0]).toMatchObject({ title: 'Idea', draft: true });
  });

  it('resolves DIR against the working directory and prints one line per post', async () => {
    const run = await cli(['list', path.basename(site)], path.dirname(site));
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(run.stdout).toContain('_posts/2024-01-29-first.md\t2024-01-29\tFirst: post');
  });

  it('exits 2 with a usage message on bad usage', async () => {
    for (const argv of [['list'], ['list', site, 'extra'], ['list', site, '--jsn']]) {
      const run = await cli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/postdesk list: /);
    }
  });

  it('exits 1 and names the folder when it does not exist', async () => {
    const run = await cli(['list', path.join(site, 'missing')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing');
  });
});

describe('postdesk', () => {
  it('prints help with --help and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/postdesk list DIR \[--json\]/);
  });

  it('exits 2 on an unknown verb or none', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });

  it.skipIf(!existsSync(path.join(repo, 'out/main/cli.js')))('runs as the package bin (built CLI)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(repo, 'bin/postdesk.js'), 'list', site, '--json']);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(2);
  });
});
