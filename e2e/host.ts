/**
 * The Chromium host for end-to-end tests: the built renderer in Chromium, `window.postdesk`
 * installed by the real preload bundle, and every call answered by the real handler table over a
 * temporary copy of a workspace. Only Electron itself is swapped out (see preload-shim.ts).
 */
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Events } from '../shared/ipc';
import { dispatch } from '../electron/dispatch';
import { createHandlers, SINGLE_WORKSPACE, type HandlerTable } from '../electron/handlers';
import { Workspace } from '../electron/services/workspace';
import { launchChromium } from './chromium';
import { emitInPage, INVOKE_BINDING, preloadInitScript } from './preload-shim';
import { serveApp, type AppServer } from './static-server';

export const repoRoot = path.resolve(import.meta.dirname, '..');
const rendererRoot = path.join(repoRoot, 'out/renderer');
const preloadBundle = path.join(repoRoot, 'out/preload/preload.cjs');
/** Screenshots go to the git-ignored test-results/. */
export const screenshotDir = path.join(repoRoot, 'test-results/e2e');

export interface StartOptions {
  /** Folder copied into a temporary workspace; default the sample site in content/. */
  workspaceFixture?: string;
  /** Reopen an existing workspace and user-data folder as a restarted app would (the caller removes them). */
  restart?: { workspaceDir: string; userDataDir: string };
}

export interface RunningApp {
  page: Page;
  /** The temporary workspace copy the app edits (its realpath). */
  workspaceDir: string;
  /** The app's user-data folder (index cache, recovery journal). */
  userDataDir: string;
  /** Where deleted posts go instead of the OS trash. */
  trashDir: string;
  /** Every unsaved-edits state the window reported to main, in order. */
  editedReports: boolean[];
  handlers: HandlerTable;
  /** The server's origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Console errors, page errors and failed or 4xx/5xx requests seen so far; tests expect none. */
  problems: string[];
  /** Delivers a main-process event to the page's subscribers; resolves to how many received it. */
  emit<E extends keyof Events>(event: E, payload: Events[E]): Promise<number>;
  /** Saves a PNG of the window under test-results/e2e/ and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

async function requireBuild(): Promise<string> {
  try {
    await stat(path.join(rendererRoot, 'index.html'));
    return await readFile(preloadBundle, 'utf8');
  } catch {
    throw new Error('The app is not built: run `npx electron-vite build` first (`npm test` does).');
  }
}

/** Records what would show up as a broken app: errors in the console or page, failed loads. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Copies the workspace, serves the built renderer, opens it in Chromium at 1400x900. */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const preloadSource = await requireBuild();
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'postdesk-e2e-'));
  const cleanups: (() => Promise<unknown>)[] = [() => rm(tempDir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const copy = options.restart?.workspaceDir ?? path.join(tempDir, 'workspace');
    const userDataDir = options.restart?.userDataDir ?? path.join(tempDir, 'user-data');
    const trashDir = path.join(tempDir, 'trash');
    if (!options.restart) await cp(options.workspaceFixture ?? path.join(repoRoot, 'content'), copy, { recursive: true });
    await mkdir(userDataDir, { recursive: true });
    await mkdir(trashDir, { recursive: true });
    const server: AppServer = await serveApp({ rendererRoot, workspaceRoot: copy });
    cleanups.push(() => server.close());
    const trash = { trash: (absolute: string) => rename(absolute, path.join(trashDir, path.basename(absolute))) };
    const workspace = await Workspace.open(copy, { assetBase: server.assetBase, userDataDir, trash });
    const editedReports: boolean[] = [];
    const handlers = createHandlers(workspace, { ...SINGLE_WORKSPACE, setEdited: (edited) => editedReports.push(edited) });

    const browser: Browser = await launchChromium();
    cleanups.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    const problems = collectProblems(page);
    await page.exposeBinding(INVOKE_BINDING, (_source, channel: unknown, request: unknown) => dispatch(handlers, String(channel), request));
    await page.addInitScript(preloadInitScript(preloadSource));
    const emit: RunningApp['emit'] = (event, payload) => page.evaluate(emitInPage, [event, payload] as [keyof Events, unknown]);
    await page.goto(`${server.origin}/`);
    // Like the app: changes made outside Postdesk update the index, then reach the renderer.
    cleanups.push(() => workspace.close());
    await workspace.watch(
      (change) => void emit('onDidChangePosts', change).catch((error: unknown) => page.isClosed() || problems.push(`emit failed: ${String(error)}`)),
      { onError: (error) => problems.push(`watcher error: ${String(error)}`) },
    );

    return {
      page,
      workspaceDir: workspace.root,
      userDataDir,
      trashDir,
      editedReports,
      handlers,
      origin: server.origin,
      problems,
      emit,
      async screenshot(name) {
        await mkdir(screenshotDir, { recursive: true });
        const file = path.join(screenshotDir, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
