/**
 * One benchmark size, in its own process so memory figures are its own: cold index, warm index
 * (from the cache), watcher start, and the delay until an external change is reflected in the
 * index. Prints one JSON object. Run by `bench/run.ts`.
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Workspace } from '../electron/services/workspace';
import type { PostChange } from '../shared/post';

const [dir, changeRuns = '5'] = process.argv.slice(2) as [string, string?];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

const userData = await mkdtemp(path.join(os.tmpdir(), 'postdesk-bench-user-'));
try {
  const [cold, coldMs] = await timed(() => Workspace.open(dir, { assetBase: '', userDataDir: userData }));
  const posts = cold.index.size;
  const afterCold = process.memoryUsage();
  await cold.close();

  const [warm, warmMs] = await timed(() => Workspace.open(dir, { assetBase: '', userDataDir: userData }));
  let waiting: { path: string; resolve: (ms: number) => void; start: number } | null = null;
  const onChange = (change: PostChange) => {
    if (waiting && change.type === 'changed' && change.path === waiting.path) waiting.resolve(performance.now() - waiting.start);
  };
  const [, watchStartMs] = await timed(() => warm.watch(onChange));

  const paths = warm.index.list().map((s) => s.path);
  const changeMs: number[] = [];
  for (let run = 0; run < Number(changeRuns); run++) {
    const rel = paths[(run * 7919) % paths.length] as string;
    const reflected = new Promise<number>((resolve) => {
      waiting = { path: rel, resolve, start: performance.now() };
    });
    await appendFile(path.join(dir, rel), `\nAn external edit, number ${run}.\n`);
    changeMs.push(await reflected);
    waiting = null;
  }
  await warm.close();

  const memory = process.memoryUsage();
  console.log(
    JSON.stringify({
      posts,
      coldMs,
      warmMs,
      watchStartMs,
      changeMs: median(changeMs),
      heapAfterColdMB: afterCold.heapUsed / 2 ** 20,
      rssMB: memory.rss / 2 ** 20,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
} finally {
  await rm(userData, { recursive: true, force: true });
}
