/**
 * The front-matter form and the tag manager, end to end: every edit goes through the lossless
 * front-matter module into the editor, and the bytes on disk change only where the user changed
 * something (CRLF files stay CRLF).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorText, openPost, saveStateText, typeAtEnd } from './actions';
import { startApp, type RunningApp } from './host';

const POST = '_posts/2024-04-22-drafting-in-markdown.md';
const TITLE = 'Drafting in Markdown';
const FIRST_WORDS = 'Markdown was designed to be readable';

let app: RunningApp;

beforeEach(async () => {
  app = await startApp();
});

afterEach(async () => {
  const problems = [...app.problems];
  await app.close();
  expect(problems, 'console errors, page errors or failed requests').toEqual([]);
});

const file = (rel: string) => path.join(app.workspaceDir, rel);
const form = () => app.page.getByRole('form', { name: 'Front matter' });

async function save(): Promise<void> {
  await app.page.keyboard.press('Control+S');
  await expect.poll(() => saveStateText(app.page)).toBe('Saved');
}

describe('the front-matter form', () => {
  it('adds a tag from autocomplete with the keyboard, removes one, changes the date, marks a draft: only those lines change', async () => {
    const original = await readFile(file(POST), 'utf8');
    await openPost(app.page, TITLE, FIRST_WORDS);

    const tags = form().getByLabel('Tags', { exact: true });
    await tags.click();
    await app.page.keyboard.type('hab');
    await app.page.getByRole('listbox', { name: 'Tags suggestions' }).getByRole('option', { name: /habits/ }).waitFor();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => editorText(app.page)).toContain('tags: [markdown, writing, habits]');

    await form().getByRole('button', { name: 'Remove tag markdown' }).click();
    await expect.poll(() => editorText(app.page)).toContain('tags: [writing, habits]');

    await form().getByLabel('Date', { exact: true }).fill('2024-04-23');
    await expect.poll(() => editorText(app.page)).toContain('date: 2024-04-23\n');

    await form().getByLabel('Draft').check();
    await expect.poll(() => editorText(app.page)).toContain('published: false');
    await save();

    const expected = original
      .replace('date: 2024-04-22\n', 'date: 2024-04-23\n')
      .replace('tags: [markdown, writing]\n', 'tags: [writing, habits]\n')
      .replace('categories: [guides]\n---\n', 'categories: [guides]\npublished: false\n---\n');
    expect(await readFile(file(POST), 'utf8')).toBe(expected);
  });

  it('puts form edits in the editor history: undo takes the last one back', async () => {
    await openPost(app.page, TITLE, FIRST_WORDS);
    await form().getByRole('button', { name: 'Remove tag markdown' }).click();
    await expect.poll(() => editorText(app.page)).toContain('tags: [writing]');
    await app.page.locator('.cm-content').click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => editorText(app.page)).toContain('tags: [markdown, writing]');
    // The form follows the editor's text.
    await form().getByRole('button', { name: 'Remove tag markdown' }).waitFor();
  });

  it('keeps a CRLF post CRLF through form edits and typing', async () => {
    const rel = '_posts/2024-06-01-windows-notes.md';
    const crlf = '---\r\ntitle: Windows notes\r\ntags: [windows]\r\n---\r\nWritten on Windows.\r\n';
    await writeFile(file(rel), crlf);
    await app.page.getByRole('button', { name: /Windows notes/ }).waitFor();
    await openPost(app.page, 'Windows notes', 'Written on Windows.');

    await form().getByLabel('Tags', { exact: true }).click();
    await app.page.keyboard.type('notes,');
    await expect.poll(() => editorText(app.page)).toContain('tags: [windows, notes]');
    await typeAtEnd(app.page, 'More.');
    await save();
    expect(await readFile(file(rel), 'utf8')).toBe('---\r\ntitle: Windows notes\r\ntags: [windows, notes]\r\n---\r\nWritten on Windows.\r\nMore.');
  });

  it('shows problems and stays read-only while the block does not parse, and the body stays editable', async () => {
    const rel = '_posts/2024-06-02-broken.md';
    await writeFile(file(rel), '---\ntitle: [unclosed\ntags: a\n---\nBody text.\n');
    await app.page.getByRole('button', { name: /broken/i }).waitFor();
    await app.page.getByRole('button', { name: /broken/i }).click();
    await app.page.locator('.cm-content').getByText('Body text.').waitFor();
    await expect.poll(async () => (await form().textContent()) ?? '').toContain('cannot be read');
    expect(await form().textContent()).toContain('Flow sequence');
    expect(await form().getByLabel('Tags', { exact: true }).count()).toBe(0);
    await typeAtEnd(app.page, 'Still editable.');
    await save();
    expect(await readFile(file(rel), 'utf8')).toBe('---\ntitle: [unclosed\ntags: a\n---\nBody text.\nStill editable.');
  });
});

describe('the tag manager', () => {
  it('renames a tag across posts after a preview of the exact line diffs, then undoes it in one step', async () => {
    const affected = ['_posts/2024-01-14-why-i-keep-a-blog.md', '_posts/2024-05-18-a-publishing-checklist.md'];
    const before = await Promise.all(affected.map((rel) => readFile(file(rel), 'utf8')));

    await app.page.getByRole('button', { name: 'Tags & categories…' }).click();
    await app.page.getByLabel('Select tag habits').check();
    await app.page.getByLabel('Action').selectOption('rename');
    await app.page.getByLabel('New name').fill('routine');
    await app.page.getByRole('region', { name: 'Change terms' }).getByRole('button', { name: 'Preview' }).click();
    const preview = app.page.getByRole('region', { name: 'Preview of changes' });
    await expect.poll(async () => (await preview.textContent()) ?? '').toContain('tags: [writing, routine]');
    expect(await preview.textContent()).toContain('- routine');

    await app.page.getByRole('button', { name: /^Apply to 2 posts/ }).click();
    await expect.poll(() => readFile(file(affected[0] as string), 'utf8')).toBe((before[0] as string).replace('tags: [writing, habits]', 'tags: [writing, routine]'));
    expect(await readFile(file(affected[1] as string), 'utf8')).toBe((before[1] as string).replace('  - habits\n', '  - routine\n'));

    await app.page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => readFile(file(affected[0] as string), 'utf8')).toBe(before[0]);
    expect(await readFile(file(affected[1] as string), 'utf8')).toBe(before[1]);
  });

  it('merges several tags into one without duplicating it where it is already present', async () => {
    const draft = '_drafts/notes-on-revision.md';
    const checklist = '_posts/2024-05-18-a-publishing-checklist.md';
    const before = { draft: await readFile(file(draft), 'utf8'), checklist: await readFile(file(checklist), 'utf8') };

    await app.page.getByRole('button', { name: 'Tags & categories…' }).click();
    await app.page.getByLabel('Select tag editing').check();
    await app.page.getByLabel('Select tag publishing').check();
    await app.page.getByLabel('Action').selectOption('merge');
    await app.page.getByLabel('Merge into').fill('writing');
    await app.page.getByRole('region', { name: 'Change terms' }).getByRole('button', { name: 'Preview' }).click();
    await app.page.getByRole('button', { name: /^Apply to 2 posts/ }).click();

    await expect.poll(() => readFile(file(draft), 'utf8')).toBe(before.draft.replace('tags: [writing, editing]', 'tags: [writing]'));
    expect(await readFile(file(checklist), 'utf8')).toBe(before.checklist.replace('  - publishing\n', '  - writing\n'));
    const counts = await app.handlers['taxonomy:counts']({});
    expect(JSON.stringify(counts)).not.toMatch(/"(editing|publishing)"/);
  });
});
