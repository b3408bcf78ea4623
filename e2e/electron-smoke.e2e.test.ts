/**
 * Smoke test of the real Electron app: the built main process opens a copy of the sample workspace
 * and its window lists the posts. Electron downloads its binary on first use, from outside the npm
 * registry, so where the binary is absent the test is skipped with the reason printed. The binary is
 * looked up by hand: loading the `electron` package would itself try to download it.
 */
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Workspace } from '../electron/services/workspace';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = path.join(repoRoot, 'node_modules/electron');

/** The Electron executable named by node_modules/electron/path.txt, or why there is none. */
function findElectronBinary(): { binary: string } | { reason: string } {
  const pathFile = path.join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return { reason: `${path.relative(repoRoot, pathFile)} is missing: the Electron binary was never downloaded` };
  const binary = path.join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `${path.relative(repoRoot, binary)} (named by path.txt) does not exist` };
  return { binary };
}

const found = findElectronBinary();
const skipReason = 'reason' in found ? found.reason : null;
if (skipReason) console.log(`Electron smoke test skipped: ${skipReason}.`);

describe('Electron app', () => {
  let app: ElectronApplication | undefined;
  let workspace: string | undefined;

  afterAll(async () => {
    await app?.close();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  it.skipIf(skipReason !== null)('opens the workspace named on the command line and lists its posts', async () => {
    if ('reason' in found) return;
    expect(existsSync(path.join(repoRoot, 'out/main/main.js')), 'out/main/main.js exists (run `npm run build`)').toBe(true);
    workspace = await mkdtemp(path.join(os.tmpdir(), 'postdesk-electron-'));
    await cp(path.join(repoRoot, 'content'), workspace, { recursive: true });
    const expected = (await (await Workspace.open(workspace, { assetBase: '' })).listPosts()).map((post) => post.title);
    expect(expected.length).toBeGreaterThan(0);

    // As `npm start` does: `.` runs package.json's main (out/main/main.js), the folder after it is
    // the workspace (Playwright removes its own switches from process.argv before main runs).
    app = await electron.launch({ executablePath: found.binary, args: ['.', workspace], cwd: repoRoot });
    const window = await app.firstWindow();
    const errors: string[] = [];
    window.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    const sidebar = window.getByRole('complementary', { name: 'Posts' });
    for (const title of expected) await sidebar.getByText(title, { exact: true }).first().waitFor();
    const shown = await sidebar.locator('.post-title').allTextContents();
    expect(shown.toSorted()).toEqual(expected.toSorted());

    // The running window keeps the checklist's promises: no Node in the page, only the bridge.
    const page = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: typeof (globalThis as { postdesk?: unknown }).postdesk,
    }));
    expect(page).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' });
    expect(errors).toEqual([]);
    // The Content-Security-Policy is in force: strings are not compiled to code.
    const evalBlocked = await window.evaluate(() => {
      try {
        return new Function('return 1')() !== 1;
      } catch {
        return true;
      }
    });
    expect(evalBlocked).toBe(true);
  });
});
