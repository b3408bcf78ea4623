import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from './workspace';

let root: string;
const latin1 = Buffer.from('---\ntitle: Caf\xe9\ntags: [a]\n---\nD\xe9j\xe0 vu.\n', 'latin1');

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'postdesk-utf8-'));
  await writeFile(path.join(root, '_config.yml'), 'title: T\n');
  await mkdir(path.join(root, '_posts'));
  await writeFile(path.join(root, '_posts', '2024-01-01-latin1.md'), latin1);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('a post that is not valid UTF-8', () => {
  it('is listed with a problem that says why it cannot be edited', async () => {
    const workspace = await Workspace.open(root, { assetBase: '' });
    const [post] = await workspace.listPosts();
    expect(post?.problems[0]).toMatchObject({ line: 1, severity: 'error', message: expect.stringMatching(/not valid UTF-8/) });
  });

  it('is refused for editing with a clear error, and its bytes are never touched', async () => {
    const workspace = await Workspace.open(root, { assetBase: '' });
    await expect(workspace.readPost('_posts/2024-01-01-latin1.md')).rejects.toMatchObject({ code: 'encoding', message: expect.stringMatching(/2024-01-01-latin1\.md is not valid UTF-8/) });
    expect((await readFile(path.join(root, '_posts', '2024-01-01-latin1.md'))).equals(latin1)).toBe(true);
  });

  it('keeps a UTF-8 BOM and U+FFFD characters that the file really holds', async () => {
    const text = '\uFEFF---\ntitle: Replacement \uFFFD kept\n---\nBody\n';
    await writeFile(path.join(root, '_posts', '2024-01-02-bom.md'), text);
    const workspace = await Workspace.open(root, { assetBase: '' });
    expect((await workspace.readPost('_posts/2024-01-02-bom.md')).text).toBe(text);
  });
});
