/** A fresh app for every test, closed afterwards; a test fails if the page logged errors. */
import { afterEach, beforeEach, expect } from 'vitest';
import { startApp, type RunningApp, type StartOptions } from './host';

export interface AppPerTest {
  /** The app of the running test (a test may replace it, e.g. to simulate a restart). */
  app: RunningApp;
  /** Runs after the test's app is closed (e.g. closing an app a test replaced). */
  cleanups: (() => Promise<unknown>)[];
}

export function appPerTest(options: StartOptions = {}): AppPerTest {
  const context = { cleanups: [] } as unknown as AppPerTest;
  beforeEach(async () => {
    context.app = await startApp(options);
  });
  afterEach(async () => {
    const problems = [...context.app.problems];
    await context.app.close();
    for (const cleanup of context.cleanups.splice(0)) await cleanup();
    expect(problems, 'console errors, page errors or failed requests').toEqual([]);
  });
  return context;
}
