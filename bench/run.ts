/**
 * `npm run bench`: the workspace figures the issue asks for, for 1,000 and 10,000 generated posts —
 * cold index, warm index (from the cache), one external change reflected, peak memory — and, in
 * the same run on the same posts laid out as a Hugo site, `hugo list all`, as a ratio.
 * Prints a table and writes bench/results/<date>.json. Sizes can be given: `npm run bench -- 1000`.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { printEditorBench, runEditorBench } from './editor-bench';
import { generatePosts } from './generate-posts';
import { printTaxonomyBench, runTaxonomyBench } from './taxonomy-bench';

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(1000, 10000);

interface Measured {
  posts: number;
  coldMs: number;
  warmMs: number;
  watchStartMs: number;
  changeMs: number;
  heapAfterColdMB: number;
  rssMB: number;
  maxRssMB: number;
}

function run(command: string, args: string[]): Promise<{ stdout: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const proc = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve({ stdout, ms: performance.now() - start }) : reject(new Error(`${command} exited ${code}: ${stderr}`))));
  });
}

/** `hugo list all`: the fastest of a few runs (it reads every page, as our cold index does). */
async function hugoListAll(dir: string, runs: number): Promise<{ ms: number; pages: number } | null> {
  try {
    let best = Infinity;
    let pages = 0;
    for (let i = 0; i < runs; i++) {
      const { stdout, ms } = await run('hugo', ['list', 'all', '--source', dir]);
      best = Math.min(best, ms);
      pages = stdout.trim().split('\n').length - 1;
    }
    return { ms: best, pages };
  } catch (error) {
    console.error(`hugo list all failed, left out: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

const work = await mkdtemp(path.join(os.tmpdir(), 'postdesk-bench-'));
const rows: (Measured & { size: number; cliMs: number; hugoMs: number | null; hugoPages: number | null; ratio: number | null; cliRatio: number | null })[] = [];
const cli = path.join(here, '..', 'bin', 'postdesk.js');

/** `postdesk list DIR --json` as a user runs it: a whole process, no cache; best of `runs`. */
async function postdeskList(dir: string, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, (await run(process.execPath, [cli, 'list', dir, '--json'])).ms);
  return best;
}
try {
  for (const size of sizes) {
    const jekyllDir = path.join(work, `jekyll-${size}`);
    const hugoDir = path.join(work, `hugo-${size}`);
    process.stdout.write(`${size} posts: generating… `);
    await generatePosts(jekyllDir, size, 'jekyll');
    await generatePosts(hugoDir, size, 'hugo');
    process.stdout.write('measuring… ');
    // Each size in its own process, so its memory figures are its own.
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(here, 'measure.ts'), jekyllDir]);
    const measured = JSON.parse(stdout) as Measured;
    process.stdout.write('postdesk list… ');
    const cliMs = await postdeskList(jekyllDir, size > 5000 ? 2 : 3);
    process.stdout.write('hugo… ');
    const hugo = await hugoListAll(hugoDir, size > 5000 ? 2 : 3);
    process.stdout.write('done\n');
    rows.push({ size, ...measured, cliMs, hugoMs: hugo?.ms ?? null, hugoPages: hugo?.pages ?? null, ratio: hugo ? measured.coldMs / hugo.ms : null, cliRatio: hugo ? cliMs / hugo.ms : null });
    await rm(jekyllDir, { recursive: true, force: true });
    await rm(hugoDir, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

console.log('');
console.log(['posts', 'cold index', 'warm index', 'watch start', 'change seen', 'peak RSS', 'postdesk list', 'hugo list all', 'cold / hugo', 'list / hugo'].map((h) => h.padStart(15)).join(''));
for (const r of rows) {
  console.log(
    [
      String(r.size),
      fmt(r.coldMs),
      fmt(r.warmMs),
      fmt(r.watchStartMs),
      fmt(r.changeMs),
      `${r.maxRssMB.toFixed(0)} MB`,
      fmt(r.cliMs),
      r.hugoMs === null ? '-' : fmt(r.hugoMs),
      r.ratio === null ? '-' : r.ratio.toFixed(2),
      r.cliRatio === null ? '-' : r.cliRatio.toFixed(2),
    ]
      .map((c) => c.padStart(15))
      .join(''),
  );
}
console.log('\ncold/warm index: Workspace.open in process (scan, read, summarize; warm = cache hit on size+mtime).');
console.log('change seen: append to a post -> watcher event with the index updated (median of 5).');
console.log('postdesk list: `postdesk list DIR --json`, whole process (no cache: always cold), best of 2–3 runs.');
console.log('hugo list all: whole process, best of 2–3 runs, same posts as a Hugo site.');

console.log('');
const editor = await runEditorBench();
printEditorBench(editor);

console.log('');
const taxonomy = await runTaxonomyBench();
printTaxonomyBench(taxonomy);

const resultsDir = path.join(here, 'results');
await mkdir(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, rows, editor, taxonomy }, null, 2)}\n`);
console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
