/**
 * The writing surface benchmark (issue 4), in Chromium through the e2e host: for posts of 1,000,
 * 10,000 and 100,000 words, time to open the post, keystroke -> editor painted and keystroke ->
 * preview painted while typing at a steady pace, the preview's steps timed in the page, and plain
 * markdown-it in Node on the same text for the ratio; and how long a 100,000-line file takes to open.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { build } from 'vite';
import { postBody } from '../shared/frontmatter/split';
import { createMarkdown } from '../shared/markdown/pipeline';
import { repoRoot, startApp, type RunningApp } from '../e2e/host';
import { longPost, type LongPostOptions } from './long-post';
import { percentile } from './percentile';
import type { KeySample, postdeskBench, StageRequest, StageTimes } from './page-probes';

type Probes = typeof postdeskBench;
declare global {
  interface Window {
    postdeskBench: Probes;
  }
}

/** A fast typist: 10 characters a second. Keys are sent on this schedule whether or not the page kept up. */
const KEY_INTERVAL_MS = 100;
const KEYS = 45;
const WARMUP_KEYS = 5;
const STAGE_RUNS = 20;

export interface Percentiles {
  p50: number;
  p95: number;
}

export interface EditorBenchRow {
  words: number;
  lines: number;
  kB: number;
  openMs: number;
  /** The floor of "painted": an idle page's next frame. */
  idleFrame: Percentiles;
  keyToEditor: Percentiles;
  keyToPreview: Percentiles;
  /** The preview's steps in the page (ms, p50), and their sum as p50/p95. */
  stages: Record<Exclude<keyof StageTimes, 'total'>, number> & { total: Percentiles };
  /** Our pipeline's markdown-it render and plain `new MarkdownIt()`, both in Node (p50, ms). */
  nodePipelineMs: number;
  nodeRawMs: number;
}

export interface EditorBenchResult {
  rows: EditorBenchRow[];
  bigFile: { lines: number; kB: number; openMs: number; previewShownMs: number };
}

const percentiles = (values: number[]): Percentiles => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Builds the app when out/ has no renderer yet (the e2e host serves the built files). */
async function ensureBuild(): Promise<void> {
  if (await stat(path.join(repoRoot, 'out/renderer/index.html')).then(() => true, () => false)) return;
  await new Promise<void>((resolve, reject) => {
    const proc = spawn('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`electron-vite build exited ${code}`))));
  });
}

/** page-probes.ts as one script for page.evaluate (CDP evaluation is not subject to the page's CSP). */
async function probesScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    build: { write: false, emptyOutDir: false, lib: { entry: path.join(repoRoot, 'bench/page-probes.ts'), formats: ['iife'], name: 'postdeskBenchBundle' } },
  });
  const chunk = (Array.isArray(output) ? output[0] : output) as { output: { type: string; code?: string }[] };
  const code = chunk.output.find((item) => item.type === 'chunk')?.code;
  if (!code) throw new Error('the page probes did not bundle');
  return code;
}

/** p50 of `runs` renders, after warming the JIT for at least 300 ms. */
function nodeRenderMs(render: () => unknown, runs = 15): number {
  for (const start = performance.now(); performance.now() - start < 300; ) render();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    render();
    times.push(performance.now() - start);
  }
  return percentile(times, 50);
}

interface Session {
  app: RunningApp;
  close(): Promise<void>;
}

/** A fresh app over a workspace holding the sample posts and `posts` (title -> file text). */
async function session(posts: Record<string, string>, probes: string): Promise<Session> {
  const fixture = await mkdtemp(path.join(os.tmpdir(), 'postdesk-editor-bench-'));
  await cp(path.join(repoRoot, 'content'), fixture, { recursive: true });
  for (const [name, text] of Object.entries(posts)) await writeFile(path.join(fixture, '_posts', name), text);
  const app = await startApp({ workspaceFixture: fixture });
  await app.page.evaluate(probes);
  // Warm the editor with a small post, so opening measures the post, not the first mount.
  await app.page.getByRole('button', { name: 'Why I keep a blog' }).click();
  await app.page.locator('.cm-content').getByText('title: Why I keep a blog').waitFor();
  return {
    app,
    close: async () => {
      await app.close();
      await rm(fixture, { recursive: true, force: true });
    },
  };
}

const titleOf = (text: string) => /^title: (.*)$/m.exec(text)?.[1] ?? '';

async function measurePost(post: { text: string; words: number }, probes: string): Promise<EditorBenchRow> {
  const title = titleOf(post.text);
  const { app, close } = await session({ '2024-06-01-long.md': post.text }, probes);
  const page = app.page;
  try {
    const openMs = await page.evaluate(([t, marker]) => window.postdeskBench.timeOpen(t, marker), [title, `title: ${title}`] as const);
    // Let the first full preview land before typing.
    await page.getByTestId('preview').locator('h2').last().waitFor();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await sleep(500);
    const idle = await page.evaluate((n) => window.postdeskBench.idleFrames(n), KEYS);

    await page.evaluate(() => window.postdeskBench.startTyping());
    const start = performance.now();
    for (let i = 0; i < KEYS; i++) {
      await sleep(start + i * KEY_INTERVAL_MS - performance.now());
      await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    }
    await page.waitForFunction((n) => window.postdeskBench.typed(false).filter((k) => k.preview !== undefined).length >= n, KEYS, { timeout: 60_000 });
    const keys: KeySample[] = (await page.evaluate(() => window.postdeskBench.typed(true))).slice(WARMUP_KEYS);

    const { body, lineOffset } = postBody(post.text);
    const request: StageRequest = {
      body,
      lineOffset,
      assetBase: `${app.origin}/__asset/`,
      documentDir: '_posts',
      runs: STAGE_RUNS,
    };
    const stages = await page.evaluate((r) => window.postdeskBench.previewStages(r), request);
    const median = (values: number[]) => percentile(values, 50);
    const md = createMarkdown({ assetBase: request.assetBase, documentDir: '_posts' });
    const raw = new MarkdownIt();
    return {
      words: post.words,
      lines: post.text.split('\n').length,
      kB: Buffer.byteLength(post.text) / 1024,
      openMs,
      idleFrame: percentiles(idle),
      keyToEditor: percentiles(keys.map((k) => k.editor ?? NaN)),
      keyToPreview: percentiles(keys.map((k) => k.preview ?? NaN)),
      stages: {
        blocks: median(stages.blocks),
        patch: median(stages.patch),
        layout: median(stages.layout),
        total: percentiles(stages.total),
      },
      nodePipelineMs: nodeRenderMs(() => md.render(body, { lineOffset: request.lineOffset })),
      nodeRawMs: nodeRenderMs(() => raw.render(body)),
    };
  } finally {
    await close();
  }
}

/** Opens a file of `lines` lines; also reports when its preview showed the last heading. */
async function measureBigFile(lines: number, probes: string): Promise<EditorBenchResult['bigFile']> {
  const post = longPost({ lines });
  const title = titleOf(post.text);
  const { app, close } = await session({ '2024-06-02-lines.md': post.text }, probes);
  try {
    const start = performance.now();
    const openMs = await app.page.evaluate(([t, marker]) => window.postdeskBench.timeOpen(t, marker), [title, `title: ${title}`] as const);
    await app.page.getByTestId('preview').locator('h2', { hasText: `Section ${post.sections}:` }).waitFor({ timeout: 120_000 });
    return { lines: post.text.split('\n').length, kB: Buffer.byteLength(post.text) / 1024, openMs, previewShownMs: performance.now() - start };
  } finally {
    await close();
  }
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const pair = ({ p50, p95 }: Percentiles) => `${ms(p50)} / ${ms(p95)}`;

/** Prints the table, one line per post size, and the big file's open time. */
export function printEditorBench({ rows, bigFile }: EditorBenchResult): void {
  const columns: [string, (r: EditorBenchRow) => string][] = [
    ['words', (r) => r.words.toLocaleString('en')],
    ['open', (r) => ms(r.openMs)],
    ['idle frame p50/p95', (r) => pair(r.idleFrame)],
    ['key->editor p50/p95', (r) => pair(r.keyToEditor)],
    ['key->preview p50/p95', (r) => pair(r.keyToPreview)],
    ['preview p50/p95', (r) => pair(r.stages.total)],
    ['render (worker)', (r) => ms(r.stages.blocks)],
    ['patch (main)', (r) => ms(r.stages.patch)],
    ['layout', (r) => ms(r.stages.layout)],
    ['ours (node)', (r) => ms(r.nodePipelineMs)],
    ['md-it raw (node)', (r) => ms(r.nodeRawMs)],
    ['preview / raw', (r) => (r.stages.total.p50 / r.nodeRawMs).toFixed(1)],
  ];
  const widths = columns.map(([head, cell]) => Math.max(head.length, ...rows.map((r) => cell(r).length)) + 2);
  console.log(columns.map(([head], i) => head.padStart(widths[i] as number)).join(''));
  for (const row of rows) console.log(columns.map(([, cell], i) => cell(row).padStart(widths[i] as number)).join(''));
  console.log(`\n${bigFile.lines.toLocaleString('en')}-line file (${(bigFile.kB / 1024).toFixed(1)} MB): opens in ${ms(bigFile.openMs)}, preview complete after ${ms(bigFile.previewShownMs)}.`);
  console.log('open: click in the post list -> editor painted with the text (read through the real handlers).');
  console.log(`key->editor / key->preview: keydown -> next frame with the character, typed at ${1000 / KEY_INTERVAL_MS} keys/s at the end of the post;`);
  console.log('  idle frame: an idle page, from a random moment to the end of the next frame (the floor here).');
  console.log('preview: render block by block (in the app: in a worker) + patch (sanitize changed blocks, put them in place: main thread) + layout, in the page; ours / md-it raw: our pipeline / new MarkdownIt(), render in Node.');
}

/** Runs the editor benchmark; `sizes` are post lengths in words. */
export async function runEditorBench(sizes: number[] = [1000, 10_000, 100_000], bigFileLines = 100_000): Promise<EditorBenchResult> {
  await ensureBuild();
  const probes = await probesScript();
  const rows: EditorBenchRow[] = [];
  for (const words of sizes) {
    process.stdout.write(`editor, ${words} words… `);
    rows.push(await measurePost(longPost({ words } satisfies LongPostOptions), probes));
    process.stdout.write('done\n');
  }
  process.stdout.write(`editor, ${bigFileLines}-line file… `);
  const bigFile = await measureBigFile(bigFileLines, probes);
  process.stdout.write('done\n\n');
  return { rows, bigFile };
}

// Alone: `npx tsx bench/editor-bench.ts [words…]`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  printEditorBench(await runEditorBench(sizes.length ? sizes : undefined));
}
