/**
 * The writing surface end to end in Chromium: typing and the live preview, scroll sync both ways,
 * preview headings that move the cursor, search and replace, Markdown shortcuts, list
 * continuation, workspace images through the asset route, pasted images, and the window in light
 * and dark.
 * Real handlers over a copy of content/ (plus a long generated post for scrolling).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { longPost, sectionTitle } from '../bench/long-post';
import { repoRoot, startApp, type RunningApp } from './host';

const DESK = { path: '_posts/2024-02-03-a-desk-for-writing.md', title: 'A desk for writing', firstWords: 'I used to think that the right tool' };
const DRAFTING = { path: '_posts/2024-04-22-drafting-in-markdown.md', title: 'Drafting in Markdown', firstWords: 'Markdown was designed to be readable' };
const LONG_PATH = '_posts/2024-06-01-a-long-post.md';
const LONG = longPost({ words: 6000 });
const LONG_TITLE = 'A long post of 6000 words';
/** A synced heading must be wholly visible and at most this far (px) below the other pane's top. */
const NEAR_TOP = 32;

let fixture: string;
let app: RunningApp;

beforeAll(async () => {
  fixture = await mkdtemp(path.join(os.tmpdir(), 'postdesk-editor-e2e-'));
  await cp(path.join(repoRoot, 'content'), fixture, { recursive: true });
  await writeFile(path.join(fixture, LONG_PATH), LONG.text);
});

afterAll(async () => {
  await rm(fixture, { recursive: true, force: true });
});

afterEach(async () => {
  const problems = [...app.problems];
  await app.close();
  expect(problems, 'console errors, page errors or failed requests').toEqual([]);
});

const page = () => app.page;
const preview = () => page().getByTestId('preview');
const editorLine = (text: string) => page().locator('.cm-line', { hasText: text });
const saveState = () => page().getByTestId('save-state').textContent();

async function open(post: { title: string; firstWords: string }): Promise<void> {
  app = await startApp({ workspaceFixture: fixture });
  await page().getByRole('button', { name: post.title }).click();
  await page().locator('.cm-content').getByText(post.firstWords).first().waitFor();
  await preview().getByText(post.firstWords).first().waitFor();
}

/** Scrolls the editor from the top until the line holding `text` is drawn (CodeMirror draws only what is near the view). */
async function revealLine(text: string): Promise<void> {
  await page().evaluate(async (wanted) => {
    const scroller = document.querySelector<HTMLElement>('.cm-scroller');
    if (!scroller) throw new Error('no editor');
    scroller.scrollTop = 0;
    for (let step = 0; step < 400; step++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const line = [...scroller.querySelectorAll('.cm-line')].find((l) => l.textContent?.includes(wanted));
      if (line) return line.scrollIntoView({ block: 'center' });
      scroller.scrollTop += scroller.clientHeight / 2;
    }
    throw new Error(`no line holds: ${wanted}`);
  }, text);
}

/** Clicks at the end of the editor line holding `text`: the caret is then after its last character. */
async function caretAtEndOf(text: string): Promise<void> {
  await revealLine(text);
  await editorLine(text).first().click();
  await page().keyboard.press('End');
}

/** 'at the top' when `offset` is; otherwise where it is, so a failure says how far off it was. */
const placement = async (offset: Promise<number>) => {
  const px = await offset;
  return px >= -2 && px <= NEAR_TOP ? 'at the top' : `${px.toFixed(1)} px from the top`;
};

/** Scrolls the editor, as a user dragging the scrollbar would, until the line `text` is at its top. */
async function scrollEditorTo(text: string): Promise<void> {
  await page().evaluate(
    async (wanted) => {
      const scroller = document.querySelector<HTMLElement>('.cm-scroller');
      if (!scroller) throw new Error('no editor');
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let step = 0; step < 400; step++) {
        const line = [...scroller.querySelectorAll('.cm-line')].find((l) => l.textContent === wanted);
        const delta = line ? line.getBoundingClientRect().top - scroller.getBoundingClientRect().top : scroller.clientHeight / 2;
        // CodeMirror refines line heights as it draws them: settle over a few frames.
        if (line && Math.abs(delta) < 1) return;
        scroller.scrollTop += delta;
        await frame();
      }
      throw new Error(`line not reached: ${wanted}`);
    },
    text,
  );
}

describe('the writing surface in Chromium', () => {
  it('updates the preview as the user types, without reloading its images', async () => {
    await open(DESK);
    const image = preview().locator('img');
    await image.evaluate((img: HTMLImageElement & { marked?: boolean }) => (img.marked = true));

    await caretAtEndOf('## The digital desk');
    await page().keyboard.type(' and its *quiet* corner');
    await expect.poll(() => preview().locator('h2').nth(1).innerHTML()).toBe('The digital desk and its <em>quiet</em> corner');
    await page().keyboard.press('Enter');
    await page().keyboard.press('Enter');
    await page().keyboard.type('A new paragraph with a [link](https://example.com/).');
    await preview().locator('p', { hasText: 'A new paragraph with a link.' }).locator('a[href="https://example.com/"]').waitFor();

    expect(await image.evaluate((img: HTMLImageElement & { marked?: boolean }) => img.marked === true && img.complete), 'the same, loaded <img> element').toBe(true);
    await expect.poll(saveState).toBe('Unsaved changes');
  });

  it('loads workspace images in the preview through the asset route', async () => {
    await open(DESK);
    const image = preview().locator('img');
    expect(await image.getAttribute('src')).toBe(`${app.origin}/__asset/assets/images/desk.png`);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });

  it('scrolls the preview with the editor and the editor with the preview', async () => {
    await open({ title: LONG_TITLE, firstWords: sectionTitle(1) });
    const far = sectionTitle(Math.floor(LONG.sections * 0.75));
    await scrollEditorTo(`## ${far}`);
    const headingTop = (title: string) =>
      preview()
        .locator('h2', { hasText: new RegExp(`^${title}$`) })
        .evaluate((h) => h.getBoundingClientRect().top - (h.closest('.pane') as Element).getBoundingClientRect().top);
    await expect.poll(() => placement(headingTop(far)), { message: `preview shows "${far}"` }).toBe('at the top');

    const near = sectionTitle(Math.floor(LONG.sections * 0.25));
    // Let the preview's own scroll events from the sync above pass before the user scrolls it.
    await page().waitForTimeout(300);
    await preview()
      .locator('h2', { hasText: new RegExp(`^${near}$`) })
      .evaluate((h) => {
        const pane = h.closest('.pane') as HTMLElement;
        pane.scrollTop += h.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      });
    const editorTop = () =>
      editorLine(`## ${near}`).evaluate((line) => line.getBoundingClientRect().top - (line.closest('.cm-scroller') as Element).getBoundingClientRect().top);
    await expect.poll(() => placement(editorTop()), { message: `editor shows "${near}"` }).toBe('at the top');
  });

  it('moves the editor cursor to a heading clicked in the preview', async () => {
    await open({ title: LONG_TITLE, firstWords: sectionTitle(1) });
    const target = sectionTitle(LONG.sections - 1);
    const heading = preview().locator('h2', { hasText: new RegExp(`^${target}$`) });
    await heading.scrollIntoViewIfNeeded();
    await heading.click();

    await expect.poll(() => page().locator('.cm-activeLine').textContent()).toBe(`## ${target}`);
    await page().keyboard.press('End');
    await page().keyboard.type(', revised');
    await preview().locator('h2', { hasText: `${target}, revised` }).waitFor();
  });

  it('replaces every match through the search panel and saves exactly that', async () => {
    await open(DRAFTING);
    const file = path.join(app.workspaceDir, DRAFTING.path);
    const original = await readFile(file, 'utf8');
    expect(original.split('paragraph').length - 1, 'the fixture has several matches').toBeGreaterThan(2);

    await editorLine(DRAFTING.firstWords).click();
    await page().keyboard.press('Control+H');
    const replaceField = page().locator('.cm-search input[name=replace]');
    await expect.poll(() => replaceField.evaluate((field) => field === document.activeElement), { message: 'Ctrl+H focuses the replace field' }).toBe(true);
    await page().locator('.cm-search input[name=search]').fill('paragraph');
    await replaceField.fill('passage');
    await page().locator('.cm-search button[name=replaceAll]').click();
    await preview().getByText('A passage is a passage').waitFor();

    await page().keyboard.press('Escape');
    await page().locator('.cm-search').waitFor({ state: 'detached' });
    await page().keyboard.press('Control+S');
    await expect.poll(saveState).toBe('Saved');
    expect((await readFile(file)).equals(Buffer.from(original.replaceAll('paragraph', 'passage'))), 'every match replaced, nothing else').toBe(true);
  });

  it('wraps the selected word in ** with Ctrl+B and in * with Ctrl+I', async () => {
    await open(DESK);
    const selectLastWord = async (line: string) => {
      await caretAtEndOf(line);
      await page().keyboard.press('ArrowLeft');
      await page().keyboard.press('Shift+Control+ArrowLeft');
    };
    await selectLastWord('out of the way quickly.');
    await page().keyboard.press('Control+B');
    await expect.poll(() => editorLine('out of the way').textContent()).toBe('out of the way **quickly**.');
    await preview().locator('strong', { hasText: /^quickly$/ }).waitFor();

    await selectLastWord('trick I know.');
    await page().keyboard.press('Control+I');
    await expect.poll(() => editorLine('trick I').textContent()).toBe('trick I *know*.');
    await preview().locator('em', { hasText: /^know$/ }).waitFor();
  });

  it('continues a list on Enter and ends it with Enter on an empty item', async () => {
    await open(DESK);
    const list = preview().locator('ul').last();
    expect(await list.locator('li').count()).toBe(3);
    await caretAtEndOf('Checking the statistics page');
    await page().keyboard.press('Enter');
    await page().keyboard.type('Reading old posts instead of writing new ones.');
    await expect.poll(() => editorLine('Reading old posts').textContent()).toBe('- Reading old posts instead of writing new ones.');
    await expect.poll(() => list.locator('li').count()).toBe(4);

    await page().keyboard.press('Enter');
    await page().keyboard.press('Enter');
    expect(await page().locator('.cm-activeLine').textContent(), 'the empty item lost its marker').toBe('');
    // The paragraph needs a blank line, or Markdown reads it as part of the last item.
    await page().keyboard.press('Enter');
    await page().keyboard.type('After the list.');
    await preview().locator('p', { hasText: /^After the list\.$/ }).waitFor();
    expect(await list.locator('li').count()).toBe(4);
  });

  it('stores a pasted image under a unique name in the asset folder and links it', async () => {
    await open(DESK);
    const original = await readFile(path.join(app.workspaceDir, 'assets/images/desk.png'));
    await caretAtEndOf('trick I know.');
    await page().keyboard.press('Enter');
    await page().keyboard.press('Enter');
    // Clipboard images cannot be typed: paste a 40x30 PNG named like the existing image.
    const pasted = await page().evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 30;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.fillStyle = '#c0392b';
      context.fillRect(0, 0, 40, 30);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b as Blob), 'image/png'));
      const data = new DataTransfer();
      data.items.add(new File([blob], 'desk.png', { type: 'image/png' }));
      document.querySelector('.cm-content')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return [...new Uint8Array(await blob.arrayBuffer())];
    });

    await expect.poll(() => page().locator('.cm-activeLine').textContent()).toBe('![desk](/assets/images/desk-2.png)');
    const stored = await readFile(path.join(app.workspaceDir, 'assets/images/desk-2.png'));
    expect(stored.equals(Buffer.from(pasted)), 'the pasted bytes, under a new name').toBe(true);
    expect((await readFile(path.join(app.workspaceDir, 'assets/images/desk.png'))).equals(original), 'the existing image is untouched').toBe(true);
    const image = preview().locator(`img[src="${app.origin}/__asset/assets/images/desk-2.png"]`);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  });

  it('draws the three panes in light and dark themes', async () => {
    await open(DESK);
    const background = () => page().evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await preview().locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await app.screenshot('editor-light');
    await page().emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).not.toBe(light);
    await app.screenshot('editor-dark-live');
    const keyColour = () => editorLine('title:').locator('span').first().evaluate((key) => getComputedStyle(key).color);
    const liveDarkKey = await keyColour();

    // A window opened in dark mode, with code, quotes and the search panel on show.
    await page().reload();
    await page().getByRole('button', { name: DRAFTING.title }).click();
    await preview().getByText(DRAFTING.firstWords).waitFor();
    const openedDarkKey = await keyColour();
    await editorLine(DRAFTING.firstWords).click();
    await page().keyboard.press('Control+F');
    await page().keyboard.type('paragraph');
    await app.screenshot('editor-dark');
    await page().emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe(light);
    await app.screenshot('editor-light-live');
    expect(liveDarkKey, 'after the OS turns dark, the editor is drawn as in a window opened dark').toBe(openedDarkKey);
  });
});
