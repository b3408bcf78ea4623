import { spawn } from 'node:child_process';
import { chmod, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSaveTemp, serialize, writeFileAtomic, type SaveStep } from './safe-save';
import { post, tempFolder, type TempFolder } from './test-support';
import { Workspace } from './workspace';

const child = fileURLToPath(new URL('./fixtures/save-and-die.ts', import.meta.url));

let site: TempFolder;
beforeEach(async () => {
  site = await tempFolder('postdesk-save-');
  await site.write({ '_config.yml': 'title: t\n' });
});
afterEach(() => site.remove());

/** Runs a save in a child process that SIGKILLs itself at `step`; resolves with its exit signal. */
async function saveAndDie(target: string, bytes: Buffer, step: SaveStep): Promise<NodeJS.Signals | null> {
  const source = path.join(site.dir, 'new-bytes.bin');
  await writeFile(source, bytes);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, target, source, step], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => (signal || code === 0 ? resolve(signal) : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
}

const temps = async (dir: string) => (await readdir(dir)).filter(isSaveTemp);

describe('writeFileAtomic under a crash', () => {
  // Large enough that a partial write would be visible as a different length.
  const oldBytes = Buffer.from(post({ title: 'Old' }, 'old body\n'.repeat(5000)));
  const newBytes = Buffer.from(post({ title: 'New' }, 'new body, longer than the old one\n'.repeat(9000)));

  it.each([
    ['temp-written', 'old'],
    ['temp-synced', 'old'],
    ['before-rename', 'old'],
    ['renamed', 'new'],
  ] as const)('killed at %s: the target holds the %s bytes, and the next open removes the temp file', { timeout: 20_000 }, async (step, expected) => {
    const target = path.join(site.dir, '_posts', '2024-01-01-a.md');
    await site.write({ '_posts/2024-01-01-a.md': oldBytes.toString() });
    expect(await saveAndDie(target, newBytes, step)).toBe('SIGKILL');

    const onDisk = await readFile(target);
    expect(onDisk.equals(expected === 'old' ? oldBytes : newBytes)).toBe(true);
    if (expected === 'old') expect(await temps(path.dirname(target))).toHaveLength(1);

    await Workspace.open(site.dir, { assetBase: '' });
    expect(await temps(path.dirname(target))).toEqual([]);
    expect((await readFile(target)).equals(onDisk)).toBe(true);
  });

  it('a new file killed before the rename does not exist at all', { timeout: 20_000 }, async () => {
    const target = path.join(site.dir, '_posts', '2024-01-02-new.md');
    await site.write({ '_posts/.keep': '' });
    await saveAndDie(target, newBytes, 'temp-synced');
    await expect(stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('writeFileAtomic', () => {
  it('keeps the file mode', async () => {
    const target = path.join(site.dir, 'script.md');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, Buffer.from('new'));
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await temps(site.dir)).toEqual([]);
  });

  it('leaves no temp file behind when a step fails', async () => {
    const target = path.join(site.dir, 'a.md');
    await writeFile(target, 'old');
    await expect(
      writeFileAtomic(target, Buffer.from('new'), (step) => {
        if (step === 'temp-synced') throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await temps(site.dir)).toEqual([]);
  });
});

describe('Workspace.savePost', () => {
  const rel = '_posts/2024-01-01-a.md';

  it('saves when the disk still holds what was loaded', async () => {
    await site.write({ [rel]: post({ title: 'A' }) });
    const ws = await Workspace.open(site.dir, { assetBase: '' });
    const loaded = await ws.readPost(rel);
    const result = await ws.savePost(rel, `${loaded.text}more\n`, loaded.version);
    expect(result.status).toBe('saved');
    expect(await readFile(path.join(site.dir, rel), 'utf8')).toBe(`${loaded.text}more\n`);
  });

  it('refuses to write when another program changed the file after it was loaded', async () => {
    await site.write({ [rel]: post({ title: 'A' }) });
    const ws = await Workspace.open(site.dir, { assetBase: '' });
    const loaded = await ws.readPost(rel);
    const external = post({ title: 'Changed by git pull' });
    await writeFile(path.join(site.dir, rel), external);

    const result = await ws.savePost(rel, 'my edits', loaded.version);
    expect(result).toMatchObject({ status: 'conflict', disk: { text: external } });
    expect(await readFile(path.join(site.dir, rel), 'utf8')).toBe(external);
  });

  it('reports a conflict when the file was deleted after it was loaded, and does not recreate it', async () => {
    await site.write({ [rel]: post({ title: 'A' }) });
    const ws = await Workspace.open(site.dir, { assetBase: '' });
    const loaded = await ws.readPost(rel);
    await rm(path.join(site.dir, rel));
    expect(await ws.savePost(rel, 'my edits', loaded.version)).toEqual({ status: 'conflict', disk: null });
    await expect(stat(path.join(site.dir, rel))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('serializes saves to one file: the second, based on the first’s result, wins; a stale one conflicts', async () => {
    await site.write({ [rel]: post({ title: 'A' }) });
    const ws = await Workspace.open(site.dir, { assetBase: '' });
    const loaded = await ws.readPost(rel);
    const [first, stale] = await Promise.all([ws.savePost(rel, 'first', loaded.version), ws.savePost(rel, 'stale', loaded.version)]);
    expect(first.status).toBe('saved');
    expect(stale.status).toBe('conflict');
    expect(await readFile(path.join(site.dir, rel), 'utf8')).toBe('first');
  });

  it('runs queued tasks for one key one at a time, in order', async () => {
    const log: string[] = [];
    const task = (name: string, ms: number) => () =>
      new Promise<void>((resolve) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          resolve();
        }, ms);
      });
    await Promise.all([serialize('k', task('a', 30)), serialize('k', task('b', 1)), serialize('k', task('c', 1))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});
