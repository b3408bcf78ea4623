import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'postdesk-check-'));
  await writeFile(path.join(dir, '_config.yml'), 'title: Test\n');
  await mkdir(path.join(dir, '_posts'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir });
  return { code, stdout, stderr };
}

describe('postdesk check DIR', () => {
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
