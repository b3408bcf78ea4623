/**
 * Nothing is ever lost, end to end: changes made on disk by other programs, the conflict bar's
 * choices, recovery of unsaved edits after a crash, autosave, and the post life cycle. Bytes on
 * disk are checked after every step.
 */
import { access, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorText, openPost, saveStateText, typeAtEnd } from './actions';
import { startApp, type RunningApp } from './host';

const POST = '_posts/2024-04-22-drafting-in-markdown.md';
const TITLE = 'Drafting in Markdown';
const FIRST_WORDS = 'Markdown was designed to be readable';

let app: RunningApp;
const extraCleanups: (() => Promise<unknown>)[] = [];

beforeEach(async () => {
  app = await startApp();
});

afterEach(async () => {
  const problems = [...app.problems];
  await app.close();
  for (const cleanup of extraCleanups.splice(0)) await cleanup();
  expect(problems, 'console errors, page errors or failed requests').toEqual([]);
});

const file = (rel = POST) => path.join(app.workspaceDir, rel);
const exists = (absolute: string) => access(absolute).then(() => true, () => false);
const conflictBar = () => app.page.getByTestId('conflict-bar');

describe('changes made on disk by another program', () => {
  it('reloads a clean editor silently with the new text', async () => {
    await openPost(app.page, TITLE, FIRST_WORDS);
    const theirs = (await readFile(file(), 'utf8')).replace(FIRST_WORDS, 'Rewritten by git pull');
    await writeFile(file(), theirs);
    await expect.poll(() => editorText(app.page)).toContain('Rewritten by git pull');
    expect(await conflictBar().count()).toBe(0);
    expect(await saveStateText(app.page)).toBe('Saved');
  });

  it('shows the conflict at once under unsaved edits; Compare shows both sides; Keep mine writes mine', async () => {
    await openPost(app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(app.page, 'My closing line.');
    const theirs = `${await readFile(file(), 'utf8')}Their closing line.\n`;
    await writeFile(file(), theirs);

    await conflictBar().waitFor();
    expect(await readFile(file(), 'utf8'), 'nothing written while the user decides').toBe(theirs);
    await app.page.keyboard.press('Control+S');
    expect(await readFile(file(), 'utf8'), 'Ctrl+S does not bypass the conflict').toBe(theirs);

    await conflictBar().getByRole('button', { name: 'Compare' }).click();
    const diff = app.page.getByRole('table', { name: 'Disk version compared with yours' });
    await expect.poll(() => diff.textContent()).toContain('-Their closing line.');
    expect(await diff.textContent()).toContain('+My closing line.');

    const mine = await editorText(app.page);
    await conflictBar().getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => saveStateText(app.page)).toBe('Saved');
    expect(await readFile(file(), 'utf8')).toBe(`${mine}`);
    expect(await conflictBar().count()).toBe(0);
  });

  it('Reload from disk drops my edits and leaves the file as the other program wrote it', async () => {
    await openPost(app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(app.page, 'An edit to throw away.');
    const theirs = `${await readFile(file(), 'utf8')}Theirs.\n`;
    await writeFile(file(), theirs);
    await conflictBar().getByRole('button', { name: 'Reload from disk' }).click();
    await expect.poll(() => editorText(app.page)).toContain('Theirs.');
    expect(await editorText(app.page)).not.toContain('An edit to throw away.');
    expect(await readFile(file(), 'utf8')).toBe(theirs);
  });

  it('keeps my text when the file is deleted, and re-creates it on request', async () => {
    await openPost(app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(app.page, 'Still here.');
    const mine = await editorText(app.page);
    await unlink(file());
    await conflictBar().getByText('deleted on disk').waitFor();
    await conflictBar().getByRole('button', { name: 'Save to re-create it' }).click();
    await expect.poll(() => saveStateText(app.page)).toBe('Saved');
    expect(await readFile(file(), 'utf8')).toBe(mine);
  });
});

describe('unsaved work survives a crash', () => {
  it('offers the journaled edits after a restart and restores them into the editor', async () => {
    const original = await readFile(file(), 'utf8');
    await openPost(app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(app.page, 'Typed just before the crash.');
    const { workspaceDir, userDataDir } = app;
    // The journal is written after a short pause in typing, never into the post itself.
    await expect.poll(() => app.handlers['recovery:list']({}).then((l) => l.length)).toBe(1);
    expect(await readFile(file(), 'utf8')).toBe(original);

    // Keep the folders when this "crashed" instance goes away; the restarted one is closed by afterEach.
    const crashed = app;
    const keep = await startApp({ restart: { workspaceDir, userDataDir } });
    await crashed.page.close();
    app = keep;
    extraCleanups.push(() => crashed.close());

    const banner = app.page.getByTestId('recovery');
    await banner.getByText(POST).waitFor();
    await banner.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => editorText(app.page)).toContain('Typed just before the crash.');
    expect(await saveStateText(app.page)).toBe('Unsaved changes');
    await app.page.keyboard.press('Control+S');
    await expect.poll(() => saveStateText(app.page)).toBe('Saved');
    expect(await readFile(path.join(workspaceDir, POST), 'utf8')).toContain('Typed just before the crash.');
    expect(await app.handlers['recovery:list']({}), 'a saved post leaves nothing to recover').toEqual([]);
  });
});

describe('autosave', () => {
  it('saves after a pause in typing once turned on', async () => {
    await app.page.getByRole('checkbox', { name: 'Autosave' }).check();
    await openPost(app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(app.page, 'Saved without Ctrl+S.');
    await expect.poll(() => readFile(file(), 'utf8'), { timeout: 8000 }).toContain('Saved without Ctrl+S.');
    await expect.poll(() => saveStateText(app.page)).toBe('Saved');
  });
});

describe('post life cycle', () => {
  it('creates a draft from a title, publishes it with today’s date, renames and trashes it', async () => {
    await app.page.getByRole('button', { name: 'New post', exact: true }).first().click();
    await app.page.getByLabel('Title').fill('A Brand New Idea');
    await app.page.getByRole('button', { name: 'Create' }).click();
    const draft = '_drafts/a-brand-new-idea.md';
    await expect.poll(() => exists(file(draft))).toBe(true);
    expect(await readFile(file(draft), 'utf8')).toMatch(/^title: "?A Brand New Idea"?$/m);
    await app.page.locator('.toolbar-title').getByText(draft).waitFor();

    await app.page.getByRole('button', { name: 'Publish', exact: true }).click();
    const today = new Date();
    const stamp = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const published = `_posts/${stamp}-a-brand-new-idea.md`;
    await app.page.locator('.toolbar-title').getByText(published).waitFor();
    expect(await exists(file(draft))).toBe(false);
    expect(await readFile(file(published), 'utf8')).toMatch(new RegExp(`^date: ${stamp}`, 'm'));

    await app.page.getByRole('button', { name: 'Rename…' }).click();
    const renamed = `_posts/${stamp}-renamed-idea.md`;
    await app.page.getByLabel('Path in the workspace').fill(renamed);
    await app.page.getByRole('button', { name: 'Rename', exact: true }).click();
    await app.page.locator('.toolbar-title').getByText(renamed).waitFor();
    expect(await exists(file(published))).toBe(false);

    await app.page.getByRole('button', { name: 'Trash…' }).click();
    await app.page.getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(() => exists(file(renamed))).toBe(false);
    expect(await exists(path.join(app.trashDir, path.basename(renamed)))).toBe(true);
    await app.page.getByText('Pick a post to start writing').waitFor();
  });
});
