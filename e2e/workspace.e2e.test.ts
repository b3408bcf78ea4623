/**
 * Nothing is ever lost, end to end: changes made on disk by other programs, the conflict bar's
 * choices, recovery of unsaved edits after a crash, autosave, and the post life cycle. Bytes on
 * disk are checked after every step.
 */
import { access, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorText, openPost, saveStateText, typeAtEnd } from './actions';
import { appPerTest } from './app-per-test';
import { startApp } from './host';

const POST = '_posts/2024-04-22-drafting-in-markdown.md';
const TITLE = 'Drafting in Markdown';
const FIRST_WORDS = 'Markdown was designed to be readable';

const ctx = appPerTest();

const file = (rel = POST) => path.join(ctx.app.workspaceDir, rel);
const exists = (absolute: string) => access(absolute).then(() => true, () => false);
const conflictBar = () => ctx.app.page.getByTestId('conflict-bar');

describe('changes made on disk by another program', () => {
  it('reloads a clean editor silently with the new text', async () => {
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    const theirs = (await readFile(file(), 'utf8')).replace(FIRST_WORDS, 'Rewritten by git pull');
    await writeFile(file(), theirs);
    await expect.poll(() => editorText(ctx.app.page)).toContain('Rewritten by git pull');
    expect(await conflictBar().count()).toBe(0);
    expect(await saveStateText(ctx.app.page)).toBe('Saved');
  });

  it('shows the conflict at once under unsaved edits; Compare shows both sides; Keep mine writes mine', async () => {
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(ctx.app.page, 'My closing line.');
    const theirs = `${await readFile(file(), 'utf8')}Their closing line.\n`;
    await writeFile(file(), theirs);

    await conflictBar().waitFor();
    expect(await readFile(file(), 'utf8'), 'nothing written while the user decides').toBe(theirs);
    await ctx.app.page.keyboard.press('Control+S');
    expect(await readFile(file(), 'utf8'), 'Ctrl+S does not bypass the conflict').toBe(theirs);

    await conflictBar().getByRole('button', { name: 'Compare' }).click();
    const diff = ctx.app.page.getByRole('table', { name: 'Disk version compared with yours' });
    await expect.poll(() => diff.textContent()).toContain('-Their closing line.');
    expect(await diff.textContent()).toContain('+My closing line.');

    const mine = await editorText(ctx.app.page);
    await conflictBar().getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => saveStateText(ctx.app.page)).toBe('Saved');
    expect(await readFile(file(), 'utf8')).toBe(`${mine}`);
    expect(await conflictBar().count()).toBe(0);
  });

  it('Reload from disk drops my edits and leaves the file as the other program wrote it', async () => {
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(ctx.app.page, 'An edit to throw away.');
    const theirs = `${await readFile(file(), 'utf8')}Theirs.\n`;
    await writeFile(file(), theirs);
    await conflictBar().getByRole('button', { name: 'Reload from disk' }).click();
    await expect.poll(() => editorText(ctx.app.page)).toContain('Theirs.');
    expect(await editorText(ctx.app.page)).not.toContain('An edit to throw away.');
    expect(await readFile(file(), 'utf8')).toBe(theirs);
  });

  it('keeps my text when the file is deleted, and re-creates it on request', async () => {
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(ctx.app.page, 'Still here.');
    const mine = await editorText(ctx.app.page);
    await unlink(file());
    await conflictBar().getByText('deleted on disk').waitFor();
    await conflictBar().getByRole('button', { name: 'Save to re-create it' }).click();
    await expect.poll(() => saveStateText(ctx.app.page)).toBe('Saved');
    expect(await readFile(file(), 'utf8')).toBe(mine);
  });
});

describe('unsaved work survives a crash', () => {
  it('offers the journaled edits after a restart and restores them into the editor', async () => {
    const original = await readFile(file(), 'utf8');
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(ctx.app.page, 'Typed just before the crash.');
    const { workspaceDir, userDataDir } = ctx.app;
    // The journal is written after a short pause in typing, never into the post itself.
    await expect.poll(() => ctx.app.handlers['recovery:list']({}).then((l) => l.length)).toBe(1);
    expect(await readFile(file(), 'utf8')).toBe(original);

    // Keep the folders when this "crashed" instance goes away; the restarted one is closed by afterEach.
    const crashed = ctx.app;
    const keep = await startApp({ restart: { workspaceDir, userDataDir } });
    await crashed.page.close();
    ctx.app = keep;
    ctx.cleanups.push(() => crashed.close());

    const banner = ctx.app.page.getByTestId('recovery');
    await banner.getByText(POST).waitFor();
    await banner.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => editorText(ctx.app.page)).toContain('Typed just before the crash.');
    expect(await saveStateText(ctx.app.page)).toBe('Unsaved changes');
    await ctx.app.page.keyboard.press('Control+S');
    await expect.poll(() => saveStateText(ctx.app.page)).toBe('Saved');
    expect(await readFile(path.join(workspaceDir, POST), 'utf8')).toContain('Typed just before the crash.');
    expect(await ctx.app.handlers['recovery:list']({}), 'a saved post leaves nothing to recover').toEqual([]);
  });
});

describe('autosave', () => {
  it('saves after a pause in typing once turned on', async () => {
    await ctx.app.page.getByRole('checkbox', { name: 'Autosave' }).check();
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(ctx.app.page, 'Saved without Ctrl+S.');
    await expect.poll(() => readFile(file(), 'utf8'), { timeout: 8000 }).toContain('Saved without Ctrl+S.');
    await expect.poll(() => saveStateText(ctx.app.page)).toBe('Saved');
  });
});

describe('post life cycle', () => {
  it('creates a draft from a title, publishes it with today’s date, renames and trashes it', async () => {
    await ctx.app.page.getByRole('button', { name: 'New post', exact: true }).first().click();
    await ctx.app.page.getByLabel('Title').fill('A Brand New Idea');
    await ctx.app.page.getByRole('button', { name: 'Create' }).click();
    const draft = '_drafts/a-brand-new-idea.md';
    await expect.poll(() => exists(file(draft))).toBe(true);
    expect(await readFile(file(draft), 'utf8')).toMatch(/^title: "?A Brand New Idea"?$/m);
    await ctx.app.page.locator('.toolbar-title').getByText(draft).waitFor();

    await ctx.app.page.getByRole('button', { name: 'Publish', exact: true }).click();
    const today = new Date();
    const stamp = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const published = `_posts/${stamp}-a-brand-new-idea.md`;
    await ctx.app.page.locator('.toolbar-title').getByText(published).waitFor();
    expect(await exists(file(draft))).toBe(false);
    expect(await readFile(file(published), 'utf8')).toMatch(new RegExp(`^date: ${stamp}`, 'm'));

    await ctx.app.page.getByRole('button', { name: 'Rename…' }).click();
    const renamed = `_posts/${stamp}-renamed-idea.md`;
    await ctx.app.page.getByLabel('Path in the workspace').fill(renamed);
    await ctx.app.page.getByRole('button', { name: 'Rename', exact: true }).click();
    await ctx.app.page.locator('.toolbar-title').getByText(renamed).waitFor();
    expect(await exists(file(published))).toBe(false);

    await ctx.app.page.getByRole('button', { name: 'Trash…' }).click();
    await ctx.app.page.getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(() => exists(file(renamed))).toBe(false);
    expect(await exists(path.join(ctx.app.trashDir, path.basename(renamed)))).toBe(true);
    await ctx.app.page.getByText('Pick a post to start writing').waitFor();
  });
});

describe('unsaved edits are never replaced without asking', () => {
  it('asks before opening another post: Cancel keeps the edits, Discard leaves the file alone, Save writes it', async () => {
    const original = await readFile(file(), 'utf8');
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(ctx.app.page, 'Not saved yet.');
    const other = ctx.app.page.getByRole('button', { name: /Why I keep a blog/ });
    const dialog = ctx.app.page.getByRole('dialog', { name: 'Unsaved changes' });

    await other.click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await editorText(ctx.app.page)).toContain('Not saved yet.');

    await other.click();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await ctx.app.page.locator('.toolbar-title').getByText('why-i-keep-a-blog').waitFor();
    expect(await readFile(file(), 'utf8')).toBe(original);

    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(ctx.app.page, 'Saved on the way out.');
    await other.click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await ctx.app.page.locator('.toolbar-title').getByText('why-i-keep-a-blog').waitFor();
    expect(await readFile(file(), 'utf8')).toContain('Saved on the way out.');
  });
});

describe('closing the window', () => {
  it('is told when the post has unsaved edits, so main can ask before closing', async () => {
    const last = () => ctx.app.editedReports.at(-1);
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await expect.poll(last).toBe(false);
    await typeAtEnd(ctx.app.page, 'Unsaved.');
    await expect.poll(last).toBe(true);
    await ctx.app.page.keyboard.press('Control+S');
    await expect.poll(last).toBe(false);
  });
});

describe('opening another folder from the menu', () => {
  it('settles unsaved edits first: Cancel keeps the window as it is', async () => {
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await typeAtEnd(ctx.app.page, 'Still typing.');
    expect(await ctx.app.emit('onDidRequestOpenFolder', { folder: null })).toBe(1);
    const dialog = ctx.app.page.getByRole('dialog', { name: 'Unsaved changes' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await editorText(ctx.app.page)).toContain('Still typing.');

    // Once the edits are saved, the request goes through to main (this test host opens no other folders).
    await ctx.app.page.keyboard.press('Control+S');
    await expect.poll(() => saveStateText(ctx.app.page)).toBe('Saved');
    await ctx.app.emit('onDidRequestOpenFolder', { folder: null });
    await ctx.app.page.getByRole('alert').getByText('cannot open other folders').waitFor();
  });
});

describe('a post cannot take over the window', () => {
  it('keeps a fixed-position element from the post inside the preview pane', async () => {
    const rel = '_posts/2024-06-03-overlay.md';
    await writeFile(file(rel), '---\ntitle: Overlay\n---\n<a id="cover" href="https://evil.example/" style="position:fixed;inset:0;z-index:2147483647">cover</a>\n');
    await ctx.app.page.getByRole('button', { name: /Overlay/ }).click();
    const cover = ctx.app.page.locator('#cover');
    await cover.waitFor();
    const [box, pane] = await Promise.all([cover.boundingBox(), ctx.app.page.locator('.preview-pane').boundingBox()]);
    expect(box && pane).toBeTruthy();
    expect(box!.x).toBeGreaterThanOrEqual(pane!.x - 1);
    expect(box!.x + box!.width).toBeLessThanOrEqual(pane!.x + pane!.width + 1);
    // The editor beside it still gets the clicks.
    const editor = await ctx.app.page.locator('.cm-content').boundingBox();
    const hit = await ctx.app.page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.cm-editor') !== null, [editor!.x + 20, editor!.y + 20] as const);
    expect(hit).toBe(true);
  });
});

