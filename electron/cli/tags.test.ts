/** `postdesk tags`: counts, rename and merge, run in-process on real temporary sites, files checked byte for byte. */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../tests/cli-harness';
import { tempFolder, type TempFolder } from '../services/test-support';

let site: TempFolder;
beforeEach(async () => {
  site = await tempFolder('postdesk-tags-cli-');
  await site.write(POSTS);
});
afterEach(() => site.remove());

const POSTS: Record<string, string> = {
  '_config.yml': 'title: t\n',
  '_posts/2024-03-01-one.md': '---\ntitle: One\ntags: [JS, web]\ncategories: [code]\n---\nBody.\n',
  '_posts/2024-03-02-two.md': '---\r\ntitle: Two\r\ntags: js  web\r\ncategory: code\r\n---\r\nBody.\r\n',
  '_posts/2024-03-03-three.md': '---\ntitle: Three\ntags:\n  - javascript # the long name\n  - js\n---\n',
  '_drafts/four.md': '---\ntitle: Four\npublished: false\ntags: [web]\n---\n',
  'notes/_posts/2024-03-05-five.md': '---\ntitle: Five\ntags: [web]\n---\n',
};

const read = (rel: string) => readFile(path.join(site.dir, rel), 'utf8');
async function unchanged(): Promise<string[]> {
  const changed: string[] = [];
  for (const [rel, text] of Object.entries(POSTS)) if ((await read(rel)) !== text) changed.push(rel);
  return changed;
}

describe('postdesk tags DIR', () => {
  it('prints the counts as JSON, drafts and folder categories included', async () => {
    const run = await cli(['tags', site.dir, '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const counts = JSON.parse(run.stdout) as unknown;
    expect(counts).toEqual({ tags: { web: 4, JS: 1, javascript: 1, js: 2 }, categories: { code: 2, notes: 1 } });
    expect(Object.keys((counts as { tags: object }).tags)).toEqual(['web', 'js', 'JS', 'javascript']);
  });

  it('prints a table without --json', async () => {
    const run = await cli(['tags', site.dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('tags:\n     4  web\n     2  js\n     1  JS\n     1  javascript\ncategories:\n     2  code\n     1  notes\n');
  });

  it('exits 2 on bad usage', async () => {
    for (const argv of [['tags'], ['tags', site.dir, 'extra'], ['tags', 'rename', 'a', site.dir], ['tags', 'merge', 'a', site.dir], ['tags', 'rename', 'a', ' b', site.dir]]) {
      const run = await cli(argv);
      expect({ argv, code: run.code }).toEqual({ argv, code: 2 });
      expect(run.stderr).toMatch(/^postdesk tags: /);
    }
    expect(await unchanged()).toEqual([]);
  });
});

describe('postdesk tags rename / merge', () => {
  it('a dry run prints the diffs and writes nothing', async () => {
    const run = await cli(['tags', 'rename', 'JS', 'js', site.dir, '--dry-run']);
    expect(run).toEqual({
      code: 0,
      stdout: '--- a/_posts/2024-03-01-one.md\n+++ b/_posts/2024-03-01-one.md\n@@ -1,5 +1,5 @@\n ---\n title: One\n-tags: [JS, web]\n+tags: [js, web]\n categories: [code]\n ---\n',
      stderr: 'dry run: 1 post would change, nothing written\n',
    });
    expect(await unchanged()).toEqual([]);
  });

  it('renames a tag where it is written, case only, keeping each file’s style and line endings', async () => {
    const run = await cli(['tags', 'rename', 'web', 'Web', site.dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('4 posts changed\n');
    expect(await read('_posts/2024-03-01-one.md')).toBe(POSTS['_posts/2024-03-01-one.md']?.replace('[JS, web]', '[JS, Web]'));
    expect(await read('_posts/2024-03-02-two.md')).toBe(POSTS['_posts/2024-03-02-two.md']?.replace('js  web', 'js  Web'));
    expect(await read('_drafts/four.md')).toBe(POSTS['_drafts/four.md']?.replace('[web]', '[Web]'));
    expect(await read('_posts/2024-03-03-three.md')).toBe(POSTS['_posts/2024-03-03-three.md']);
    expect(JSON.parse((await cli(['tags', site.dir, '--json'])).stdout).tags).toEqual({ Web: 4, js: 2, JS: 1, javascript: 1 });
  });

  it('merges several tags into one without writing it twice', async () => {
    const run = await cli(['tags', 'merge', 'JS', 'javascript', '--into', 'js', site.dir]);
    expect(run).toMatchObject({ code: 0, stderr: '2 posts changed\n' });
    expect(await read('_posts/2024-03-01-one.md')).toBe('---\ntitle: One\ntags: [js, web]\ncategories: [code]\n---\nBody.\n');
    expect(await read('_posts/2024-03-03-three.md')).toBe('---\ntitle: Three\ntags:\n  - js\n---\n');
    expect(await read('_posts/2024-03-02-two.md')).toBe(POSTS['_posts/2024-03-02-two.md']);
  });

  it('renames a category in `categories` and `category`, and reports one that only a folder gives', async () => {
    const renamed = await cli(['tags', 'rename', 'code', 'dev', site.dir, '--categories']);
    expect(renamed).toMatchObject({ code: 0, stderr: '2 posts changed\n' });
    expect(await read('_posts/2024-03-02-two.md')).toBe(POSTS['_posts/2024-03-02-two.md']?.replace('category: code', 'category: dev'));
    expect(await read('_posts/2024-03-01-one.md')).toBe(POSTS['_posts/2024-03-01-one.md']?.replace('[code]', '[dev]'));

    const folder = await cli(['tags', 'rename', 'notes', 'journal', site.dir, '--categories']);
    expect(folder).toEqual({ code: 1, stdout: '', stderr: 'notes/_posts/2024-03-05-five.md: "notes" comes from the post\'s folder: move the file to change it\n0 posts changed\n' });
    expect(await read('notes/_posts/2024-03-05-five.md')).toBe(POSTS['notes/_posts/2024-03-05-five.md']);
  });

  it('exits 1 when no post has the term', async () => {
    const run = await cli(['tags', 'rename', 'nothing', 'else', site.dir]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'no post has the tag "nothing"\n' });
  });

  it('exits 1 for a folder that does not exist', async () => {
    await rm(site.dir, { recursive: true });
    const run = await cli(['tags', site.dir]);
    expect(run.code).toBe(1);
  });
});
