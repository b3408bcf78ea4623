/**
 * The front-matter form and the tag manager, end to end: every edit goes through the lossless
 * front-matter module into the editor, and the bytes on disk change only where the user changed
 * something (CRLF files stay CRLF).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { editorText, openPost, saveStateText, typeAtEnd } from './actions';
import { appPerTest } from './app-per-test';

const POST = '_posts/2024-04-22-drafting-in-markdown.md';
const TITLE = 'Drafting in Markdown';
const FIRST_WORDS = 'Markdown was designed to be readable';

const ctx = appPerTest();
// At the test window's width the details panel starts closed: open it as a user would.
beforeEach(async () => {
  await ctx.app.page.getByRole('button', { name: 'Details' }).click();
});

const file = (rel: string) => path.join(ctx.app.workspaceDir, rel);
const form = () => ctx.app.page.getByRole('form', { name: 'Front matter' });

async function save(): Promise<void> {
  await ctx.app.page.keyboard.press('Control+S');
  await expect.poll(() => saveStateText(ctx.app.page)).toBe('Saved');
}

describe('the front-matter form', () => {
  it('adds a tag from autocomplete with the keyboard, removes one, changes the date, marks a draft: only those lines change', async () => {
    const original = await readFile(file(POST), 'utf8');
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);

    const tags = form().getByLabel('Tags', { exact: true });
    await tags.click();
    await ctx.app.page.keyboard.type('hab');
    await ctx.app.page.getByRole('listbox', { name: 'Tags suggestions' }).getByRole('option', { name: /habits/ }).waitFor();
    await ctx.app.page.keyboard.press('ArrowDown');
    await ctx.app.page.keyboard.press('Enter');
    await expect.poll(() => editorText(ctx.app.page)).toContain('tags: [markdown, writing, habits]');

    await form().getByRole('button', { name: 'Remove tag markdown' }).click();
    await expect.poll(() => editorText(ctx.app.page)).toContain('tags: [writing, habits]');

    await form().getByLabel('Date', { exact: true }).fill('2024-04-23');
    await expect.poll(() => editorText(ctx.app.page)).toContain('date: 2024-04-23\n');

    await form().getByLabel('Draft').check();
    await expect.poll(() => editorText(ctx.app.page)).toContain('published: false');
    await save();

    const expected = original
      .replace('date: 2024-04-22\n', 'date: 2024-04-23\n')
      .replace('tags: [markdown, writing]\n', 'tags: [writing, habits]\n')
      .replace('categories: [guides]\n---\n', 'categories: [guides]\npublished: false\n---\n');
    expect(await readFile(file(POST), 'utf8')).toBe(expected);
  });

  it('puts form edits in the editor history: undo takes the last one back', async () => {
    await openPost(ctx.app.page, TITLE, FIRST_WORDS);
    await form().getByRole('button', { name: 'Remove tag markdown' }).click();
    await expect.poll(() => editorText(ctx.app.page)).toContain('tags: [writing]');
    await ctx.app.page.locator('.cm-content').click();
    await ctx.app.page.keyboard.press('Control+Z');
    await expect.poll(() => editorText(ctx.app.page)).toContain('tags: [markdown, writing]');
    // The form follows the editor's text.
    await form().getByRole('button', { name: 'Remove tag markdown' }).waitFor();
  });

  it('keeps a CRLF post CRLF through form edits and typing', async () => {
    const rel = '_posts/2024-06-01-windows-notes.md';
    const crlf = '---\r\ntitle: Windows notes\r\ntags: [windows]\r\n---\r\nWritten on Windows.\r\n';
    await writeFile(file(rel), crlf);
    await ctx.app.page.getByRole('button', { name: /Windows notes/ }).waitFor();
    await openPost(ctx.app.page, 'Windows notes', 'Written on Windows.');

    await form().getByLabel('Tags', { exact: true }).click();
    await ctx.app.page.keyboard.type('notes,');
    await expect.poll(() => editorText(ctx.app.page)).toContain('tags: [windows, notes]');
    await typeAtEnd(ctx.app.page, 'More.');
    await save();
    expect(await readFile(file(rel), 'utf8')).toBe('---\r\ntitle: Windows notes\r\ntags: [windows, notes]\r\n---\r\nWritten on Windows.\r\nMore.');
  });

  it('shows problems and stays read-only while the block does not parse, and the body stays editable', async () => {
    const rel = '_posts/2024-06-02-broken.md';
    await writeFile(file(rel), '---\ntitle: [unclosed\ntags: a\n---\nBody text.\n');
    await ctx.app.page.getByRole('button', { name: /broken/i }).waitFor();
    await ctx.app.page.getByRole('button', { name: /broken/i }).click();
    await ctx.app.page.locator('.cm-content').getByText('Body text.').waitFor();
    await expect.poll(async () => (await form().textContent()) ?? '').toContain('cannot be read');
    expect(await form().textContent()).toContain('Flow sequence');
    expect(await form().getByLabel('Tags', { exact: true }).count()).toBe(0);
    await typeAtEnd(ctx.app.page, 'Still editable.');
    await save();
    expect(await readFile(file(rel), 'utf8')).toBe('---\ntitle: [unclosed\ntags: a\n---\nBody text.\nStill editable.');
  });
});

describe('the tag manager', () => {
  it('renames a tag across posts after a preview of the exact line diffs, then undoes it in one step', async () => {
    const affected = ['_posts/2024-01-14-why-i-keep-a-blog.md', '_posts/2024-05-18-a-publishing-checklist.md'];
    const before = await Promise.all(affected.map((rel) => readFile(file(rel), 'utf8')));

    await ctx.app.page.getByRole('button', { name: 'Tags & categories…' }).click();
    await ctx.app.page.getByLabel('Select tag habits').check();
    await ctx.app.page.getByLabel('Action').selectOption('rename');
    await ctx.app.page.getByLabel('New name').fill('routine');
    await ctx.app.page.getByRole('region', { name: 'Change terms' }).getByRole('button', { name: 'Preview' }).click();
    const preview = ctx.app.page.getByRole('region', { name: 'Preview of changes' });
    await expect.poll(async () => (await preview.textContent()) ?? '').toContain('tags: [writing, routine]');
    expect(await preview.textContent()).toContain('- routine');

    await ctx.app.page.getByRole('button', { name: /^Apply to 2 posts/ }).click();
    await expect.poll(() => readFile(file(affected[0] as string), 'utf8')).toBe((before[0] as string).replace('tags: [writing, habits]', 'tags: [writing, routine]'));
    expect(await readFile(file(affected[1] as string), 'utf8')).toBe((before[1] as string).replace('  - habits\n', '  - routine\n'));

    await ctx.app.page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => readFile(file(affected[0] as string), 'utf8')).toBe(before[0]);
    expect(await readFile(file(affected[1] as string), 'utf8')).toBe(before[1]);
  });

  it('merges several tags into one without duplicating it where it is already present', async () => {
    const draft = '_drafts/notes-on-revision.md';
    const checklist = '_posts/2024-05-18-a-publishing-checklist.md';
    const before = { draft: await readFile(file(draft), 'utf8'), checklist: await readFile(file(checklist), 'utf8') };

    await ctx.app.page.getByRole('button', { name: 'Tags & categories…' }).click();
    await ctx.app.page.getByLabel('Select tag editing').check();
    await ctx.app.page.getByLabel('Select tag publishing').check();
    await ctx.app.page.getByLabel('Action').selectOption('merge');
    await ctx.app.page.getByLabel('Merge into').fill('writing');
    await ctx.app.page.getByRole('region', { name: 'Change terms' }).getByRole('button', { name: 'Preview' }).click();
    await ctx.app.page.getByRole('button', { name: /^Apply to 2 posts/ }).click();

    await expect.poll(() => readFile(file(draft), 'utf8')).toBe(before.draft.replace('tags: [writing, editing]', 'tags: [writing]'));
    expect(await readFile(file(checklist), 'utf8')).toBe(before.checklist.replace('  - publishing\n', '  - writing\n'));
    const counts = await ctx.app.handlers['taxonomy:counts']({});
    expect(JSON.stringify(counts)).not.toMatch(/"(editing|publishing)"/);
  });
});
