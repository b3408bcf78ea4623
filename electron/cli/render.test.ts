import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../tests/cli-harness';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'postdesk-render-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) => cli(['render', ...argv], dir);

const POST = [
  '---',
  'title: "Front <b>matter</b> title"',
  'tags: [a, b]',
  '---',
  '# Hello',
  '',
  'Body with {% include note.html %} and ![pic](/assets/pic.png).',
  '',
  '<img src="x" onerror="alert(1)"><script>alert(2)</script>',
  '',
].join('\n');

describe('postdesk render', () => {
  it('prints the sanitized HTML of the body without the front matter', async () => {
    await writeFile(path.join(dir, 'post.md'), POST);
    const { code, stdout, stderr } = await run('post.md');
    expect([code, stderr]).toEqual([0, '']);
    const out = JSDOM.fragment(stdout);
    expect(out.querySelector('h1')?.id).toBe('hello');
    expect(out.querySelector('span.pd-liquid')?.textContent).toBe('{% include note.html %}');
    expect(stdout).not.toContain('Front');
    expect(stdout).not.toMatch(/<script|onerror/);
    expect(out.querySelector('img[src="x"]')).not.toBeNull();
  });

  it('numbers source lines as lines of the file, front matter included', async () => {
    await writeFile(path.join(dir, 'post.md'), POST.replace(/\n/g, '\r\n'));
    const out = JSDOM.fragment((await run('post.md')).stdout);
    expect(out.querySelector('h1')?.getAttribute('data-source-line')).toBe('4');
    expect(out.querySelector('p')?.getAttribute('data-source-line')).toBe('6');
  });

  it('resolves site URLs against --asset-base and leaves them as written without it', async () => {
    await mkdir(path.join(dir, 'posts'));
    await writeFile(path.join(dir, 'posts', 'post.md'), POST);
    const plain = JSDOM.fragment((await run('posts/post.md')).stdout);
    expect(plain.querySelector('img[alt="pic"]')?.getAttribute('src')).toBe('/assets/pic.png');
    const based = JSDOM.fragment((await run('posts/post.md', '--asset-base', 'https://blog.example/')).stdout);
    expect(based.querySelector('img[alt="pic"]')?.getAttribute('src')).toBe('https://blog.example/assets/pic.png');
  });

  it('renders a file without front matter whole', async () => {
    await writeFile(path.join(dir, 'plain.md'), '\ufeffJust *text*\n');
    const { code, stdout } = await run('plain.md');
    expect(code).toBe(0);
    expect(JSDOM.fragment(stdout).querySelector('p em')?.textContent).toBe('text');
  });

  it('exits 1 naming the file when it cannot be read', async () => {
    const missing = await run('missing.md');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.md');
    expect(missing.stdout).toBe('');
    const folder = await run('.');
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('cannot read .');
  });

  it.each([[[]], [['a.md', 'b.md']], [['a.md', '--bogus']], [['a.md', '--asset-base']]])('exits 2 on bad usage %j', async (argv) => {
    const { code, stderr, stdout } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^postdesk render: /);
    expect(stdout).toBe('');
  });
});
