import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecoveryJournal } from './recovery-journal';
import { post, tempFolder, type TempFolder } from './test-support';
import { Workspace } from './workspace';

let site: TempFolder;
let userData: TempFolder;
const rel = '_posts/2024-01-01-a.md';
beforeEach(async () => {
  site = await tempFolder('postdesk-site-');
  userData = await tempFolder('postdesk-user-');
  await site.write({ '_config.yml': 'title: t\n', [rel]: post({ title: 'A' }) });
});
afterEach(async () => {
  await site.remove();
  await userData.remove();
});

const open = () => Workspace.open(site.dir, { assetBase: '', userDataDir: userData.dir });

describe('recovery after a crash', () => {
  it('offers the journaled text on the next start, with the version it was based on', async () => {
    const first = await open();
    const loaded = await first.readPost(rel);
    await first.journalEdit(rel, 'unsaved words', loaded.version);
    // No save, no close: the process "dies" here. A new session opens the same folder.
    const second = await open();
    expect(await second.listRecoverable()).toMatchObject([{ path: rel, text: 'unsaved words', base: loaded.version, disk: loaded.version, diskChanged: false }]);
  });

  it('keeps only the newest text per file', async () => {
    const ws = await open();
    const { version } = await ws.readPost(rel);
    await Promise.all([ws.journalEdit(rel, 'one', version), ws.journalEdit(rel, 'two', version)]);
    await ws.journalEdit(rel, 'three', version);
    expect((await ws.listRecoverable()).map((e) => e.text)).toEqual(['three']);
  });

  it('says when the file changed on disk since the edits began', async () => {
    const ws = await open();
    const { version } = await ws.readPost(rel);
    await ws.journalEdit(rel, 'mine', version);
    await writeFile(path.join(site.dir, rel), post({ title: 'Theirs' }));
    const [entry] = await (await open()).listRecoverable();
    expect(entry).toMatchObject({ text: 'mine', diskChanged: true });
    expect(entry?.disk?.hash).not.toBe(version.hash);
  });

  it('keeps the entry when something other than the editor writes the post (a tag rename)', async () => {
    const ws = await open();
    const loaded = await ws.readPost(rel);
    await ws.journalEdit(rel, 'unsaved words', loaded.version);
    expect(await ws.savePost(rel, loaded.text.replace('title:', 'tags: [x]\ntitle:'), loaded.version)).toMatchObject({ status: 'saved' });
    expect((await ws.listRecoverable()).map((e) => e.text)).toEqual(['unsaved words']);
  });

  it('follows a post renamed by another program', async () => {
    const ws = await open();
    const loaded = await ws.readPost(rel);
    await ws.journalEdit(rel, 'unsaved words', loaded.version);
    await ws.watch(() => undefined);
    try {
      await rename(path.join(site.dir, rel), path.join(site.dir, '_posts/2024-01-01-b.md'));
      await expect.poll(async () => (await ws.listRecoverable()).map((e) => e.path), { timeout: 5000 }).toEqual(['_posts/2024-01-01-b.md']);
    } finally {
      await ws.close();
    }
  });

  it('forgets the entry once the post is saved from the editor or the edits are discarded', async () => {
    const ws = await open();
    const loaded = await ws.readPost(rel);
    await ws.journalEdit(rel, 'draft text', loaded.version);
    expect(await ws.savePost(rel, 'draft text', loaded.version, { fromEditor: true })).toMatchObject({ status: 'saved' });
    expect(await ws.listRecoverable()).toEqual([]);

    await ws.journalEdit(rel, 'more', null);
    await ws.discardEdit(rel);
    expect(await (await open()).listRecoverable()).toEqual([]);
  });

  it('keeps workspaces apart, and skips damaged entries', async () => {
    const journal = new RecoveryJournal(userData.dir);
    await journal.write('/some/other/site', rel, 'other', null);
    await userData.write({ 'recovery/garbage/x.json': '{not json' });
    const ws = await open();
    expect(await ws.listRecoverable()).toEqual([]);
    expect((await journal.list('/some/other/site')).map((e) => e.text)).toEqual(['other']);
  });
});
