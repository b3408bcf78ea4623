/**
 * The first vertical slice, end to end in Chromium: pick a post in the sidebar, type in
 * CodeMirror, watch the preview follow, save with Ctrl+S, and check the bytes on disk. Every call
 * goes through the real preload, the contract's validation and the real services.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../electron/window-options';
import { splitPost } from '../shared/frontmatter/split';
import type { PostdeskApi } from '../shared/ipc';
import { caretToLine as caretTo, openPost as open } from './actions';
import { appPerTest } from './app-per-test';
import { repoRoot } from './host';

const POST = '_posts/2024-04-22-drafting-in-markdown.md';
const POST_TITLE = 'Drafting in Markdown';
const TYPED = 'Typed in Chromium, saved through the real handlers. ';

const ctx = appPerTest();

const postFile = () => path.join(ctx.app.workspaceDir, POST);
const saveState = () => ctx.app.page.getByTestId('save-state');
const previewText = async () => (await ctx.app.page.getByTestId('preview').textContent()) ?? '';
const openPost = (title: string, words: string) => open(ctx.app.page, title, words);
const caretToLine = (line: number) => caretTo(ctx.app.page, line);

describe('Postdesk in Chromium', () => {
  it('loads under the app CSP with its icon and lists the sample posts', async () => {
    const response = await ctx.app.page.request.get(`${ctx.app.origin}/`);
    expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicy(ctx.app.origin));
    const icon = await ctx.app.page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => fetch(link.href).then((r) => [r.status, r.headers.get('content-type')]));
    expect(icon).toEqual([200, 'image/svg+xml']);
    for (const title of ['Why I keep a blog', POST_TITLE, 'Notes on revision']) {
      await ctx.app.page.getByRole('button', { name: new RegExp(title) }).waitFor();
    }
  });

  it('edits a post in the editor, previews the edit and saves exactly those bytes', async () => {
    const original = await readFile(postFile(), 'utf8');
    const bodyStart = splitPost(original).bodyStart;
    await openPost(POST_TITLE, 'Markdown was designed to be readable');
    await expect.poll(previewText).toContain('Markdown was designed to be readable');
    expect(await previewText()).not.toContain(TYPED.trim());

    await caretToLine(original.slice(0, bodyStart).split('\n').length - 1);
    await ctx.app.page.keyboard.type(TYPED);
    await expect.poll(previewText).toContain(TYPED.trim());
    await expect.poll(() => saveState().textContent()).toBe('Unsaved changes');
    expect(await readFile(postFile(), 'utf8'), 'nothing is written before saving').toBe(original);

    await ctx.app.page.keyboard.press('Control+S');
    await expect.poll(() => saveState().textContent()).toBe('Saved');
    const expected = Buffer.from(original.slice(0, bodyStart) + TYPED + original.slice(bodyStart), 'utf8');
    expect((await readFile(postFile())).equals(expected), 'file on disk = original + typed text at the body start').toBe(true);

    const shot = await ctx.app.screenshot('app');
    if (process.env.POSTDESK_UPDATE_SCREENSHOT) {
      await mkdir(path.join(repoRoot, 'docs'), { recursive: true });
      await copyFile(shot, path.join(repoRoot, 'docs/screenshot.png'));
    }
  });

  it('refuses to save over a file that changed on disk and leaves it untouched', async () => {
    await openPost(POST_TITLE, 'Markdown was designed to be readable');
    await caretToLine(0);
    await ctx.app.page.keyboard.press('Control+End');
    await ctx.app.page.keyboard.type('An edit made in the ctx.app.');
    await expect.poll(() => saveState().textContent()).toBe('Unsaved changes');

    const theirs = `${await readFile(postFile(), 'utf8')}\nA line another program wrote.\n`;
    await writeFile(postFile(), theirs);
    await ctx.app.page.keyboard.press('Control+S');

    await expect.poll(() => saveState().textContent()).toBe('Changed on disk: not saved');
    await ctx.app.page.getByTestId('conflict-bar').waitFor();
    expect(await readFile(postFile(), 'utf8')).toBe(theirs);
  });

  it('updates the post list when a post changes on disk, through the watcher and onDidChangePosts', async () => {
    await ctx.app.page.getByRole('button', { name: new RegExp(POST_TITLE) }).waitFor();
    const text = await readFile(postFile(), 'utf8');
    await writeFile(postFile(), text.replace(`title: ${POST_TITLE}`, 'title: Drafting, renamed on disk'));

    await ctx.app.page.getByRole('button', { name: /Drafting, renamed on disk/ }).waitFor();
    await expect.poll(() => ctx.app.page.getByRole('button', { name: new RegExp(POST_TITLE) }).count()).toBe(0);
  });

  it('searches the text of posts, not only their titles', async () => {
    await ctx.app.page.getByLabel('Search posts').fill('two in the morning');
    await expect.poll(() => ctx.app.page.locator('.virtual-list').getByRole('button').count()).toBe(1);
    expect(await ctx.app.page.locator('.virtual-list').getByRole('button').textContent()).toContain(POST_TITLE);
    await ctx.app.page.getByLabel('Search posts').fill('');
    await expect.poll(() => ctx.app.page.locator('.virtual-list').getByRole('button').count()).toBe(6);
  });

  it('delivers main-process events to every subscriber the preload registered', async () => {
    await ctx.app.page.getByRole('button', { name: new RegExp(POST_TITLE) }).waitFor();
    expect(await ctx.app.emit('onDidChangePosts', { type: 'removed', path: '_posts/no-such-post.md' })).toBe(1);
  });

  it('keeps the contract checks of main: paths outside the workspace and malformed requests are refused', async () => {
    const codes = await ctx.app.page.evaluate(async () => {
      const api = (window as unknown as { postdesk?: PostdeskApi }).postdesk;
      if (!api) return ['no window.postdesk'];
      const codeOf = (call: () => Promise<unknown>) => call().then(() => 'resolved', (error: { code?: string }) => error.code ?? 'no code');
      return Promise.all([
        codeOf(() => api.postsRead({ path: '../package.json' })),
        codeOf(() => api.postsRead({ path: 42 } as unknown as { path: string })),
      ]);
    });
    expect(codes).toEqual(['outside-workspace', 'bad-request']);
  });
});
