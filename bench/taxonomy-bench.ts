/**
 * The tag manager's figures: renaming a tag used by 1,000 of 10,000 generated posts end to end
 * (plan with diffs, then apply through the conflict-checked save), checked afterwards — exactly
 * those 1,000 files written, every other file's bytes unchanged, every diff inside the `tags`
 * field — and the chip input's autocomplete latency per keystroke over 5,000 distinct tags.
 *
 * Run alone: `tsx bench/taxonomy-bench.ts`; `bench/run.ts` runs it too.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fieldLines, readFrontMatter, setField, type FrontMatterValue } from '../shared/frontmatter';
import type { DiffHunk } from '../shared/line-diff';
import { createTermMatcher } from '../shared/taxonomy-autocomplete';
import { nearDuplicateGroups } from '../shared/taxonomy-near-duplicates';
import { TaxonomyService } from '../electron/services/taxonomy-service';
import { Workspace } from '../electron/services/workspace';
import { generatePosts } from './generate-posts';
import { percentile } from './percentile';

const POSTS = 10_000;
const TAGGED = 1_000;
const DISTINCT_TAGS = 5_000;

export interface TaxonomyBench {
  posts: number;
  tagged: number;
  openMs: number;
  planMs: number;
  applyMs: number;
  renameMs: number;
  filesWritten: number;
  /** Written files that are exactly the tagged ones, and no other file changed. */
  onlyTaggedWritten: boolean;
  /** Diffs whose changed lines all lie in the `tags` field, before and after. */
  diffsInTagsField: number;
  distinctTags: number;
  keystrokes: number;
  matcherBuildMs: number;
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  keystrokeMaxMs: number;
  nearDuplicateGroupsMs: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  return [await fn(), performance.now() - start];
}

/** Adds `tag` to the `tags` list of every tenth post, through the lossless editor; returns those posts. */
async function tagEveryTenth(dir: string, paths: string[], tag: string): Promise<Set<string>> {
  const tagged = paths.filter((_, i) => i % (paths.length / TAGGED) === 0);
  for (const rel of tagged) {
    const file = path.join(dir, rel);
    const text = await readFile(file, 'utf8');
    const tags = readFrontMatter(text, { yamlVersion: '1.1' }).data.tags as FrontMatterValue[];
    await writeFile(file, setField(text, 'tags', [...tags, tag], { yamlVersion: '1.1' }));
  }
  return new Set(tagged);
}

async function readAll(dir: string, paths: string[]): Promise<Map<string, string>> {
  return new Map(await Promise.all(paths.map(async (rel) => [rel, await readFile(path.join(dir, rel), 'utf8')] as [string, string])));
}

/** Whether every removed line is in `tags` of the old text and every added one in `tags` of the new. */
function insideTags(hunks: DiffHunk[], before: string, after: string): boolean {
  const oldField = fieldLines(before, 'tags', '1.1');
  const newField = fieldLines(after, 'tags', '1.1');
  if (!oldField || !newField) return false;
  return hunks.every((hunk) => {
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    return hunk.lines.every((line) => {
      const ok = line.type === ' ' || (line.type === '-' ? oldLine >= oldField.start && oldLine < oldField.end : newLine >= newField.start && newLine < newField.end);
      if (line.type !== '+') oldLine++;
      if (line.type !== '-') newLine++;
      return ok;
    });
  });
}

async function renameBench(work: string): Promise<Omit<TaxonomyBench, 'distinctTags' | 'keystrokes' | 'matcherBuildMs' | 'keystrokeP50Ms' | 'keystrokeP95Ms' | 'keystrokeMaxMs' | 'nearDuplicateGroupsMs'>> {
  const dir = path.join(work, 'rename');
  const paths = await generatePosts(dir, POSTS, 'jekyll');
  const tagged = await tagEveryTenth(dir, paths, 'bench-target');
  const before = await readAll(dir, paths);
  const [workspace, openMs] = await timed(() => Workspace.open(dir, { assetBase: '' }));
  const taxonomy = new TaxonomyService(workspace);
  const [plan, planMs] = await timed(() => taxonomy.plan({ type: 'rename', kind: 'tags', from: 'bench-target', to: 'bench-renamed' }));
  const [applied, applyMs] = await timed(() => taxonomy.apply(plan.planId));
  await workspace.close();

  const after = await readAll(dir, paths);
  const changed = paths.filter((rel) => before.get(rel) !== after.get(rel));
  const written = new Set(applied.written);
  const onlyTaggedWritten = written.size === tagged.size && [...tagged].every((rel) => written.has(rel)) && changed.length === tagged.size && changed.every((rel) => tagged.has(rel));
  const diffsInTagsField = plan.changes.filter((change) => insideTags(change.hunks, before.get(change.path) ?? '', after.get(change.path) ?? '')).length;
  return { posts: paths.length, tagged: tagged.size, openMs, planMs, applyMs, renameMs: planMs + applyMs, filesWritten: applied.written.length, onlyTaggedWritten, diffsInTagsField };
}

/** 5,000 distinct tags from word pairs, used by a few posts each and by many for the first ones (Zipf-like). */
function syntheticTags(): { name: string; count: number }[] {
  const words = 'writing tools markdown jekyll hugo travel books code notes photography design craft life review tutorial garden coffee river city library rhythm voice story release deploy server cache index search static'.split(' ');
  const names = new Set<string>();
  for (let i = 0; names.size < DISTINCT_TAGS; i++) {
    const a = words[i % words.length] as string;
    const b = words[Math.floor(i / words.length) % words.length] as string;
    const variant = Math.floor(i / (words.length * words.length));
    names.add(variant === 0 ? (a === b ? a : `${a}-${b}`) : `${a}-${b}-${variant}`);
  }
  return [...names].map((name, i) => ({ name, count: Math.max(1, Math.round(2000 / (i + 1))) }));
}

/** Every prefix of a few words as typed, plus a few fuzzy and no-match queries. */
const TYPED = ['markdown', 'photography-design', 'Coffee', 'static-site', 'rvw', 'jklhg', 'tutorial-books-3', 'zzz'];

function autocompleteBench(): Pick<TaxonomyBench, 'distinctTags' | 'keystrokes' | 'matcherBuildMs' | 'keystrokeP50Ms' | 'keystrokeP95Ms' | 'keystrokeMaxMs' | 'nearDuplicateGroupsMs'> {
  const tags = syntheticTags();
  let start = performance.now();
  const matcher = createTermMatcher(tags);
  const matcherBuildMs = performance.now() - start;
  const exclude = new Set(['writing', 'tools']);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const word of TYPED) {
      for (let n = 1; n <= word.length; n++) {
        start = performance.now();
        matcher.suggest(word.slice(0, n), { limit: 8, exclude });
        times.push(performance.now() - start);
      }
    }
  }
  start = performance.now();
  nearDuplicateGroups(tags);
  const nearDuplicateGroupsMs = performance.now() - start;
  return {
    distinctTags: tags.length,
    keystrokes: times.length,
    matcherBuildMs,
    keystrokeP50Ms: percentile(times, 50),
    keystrokeP95Ms: percentile(times, 95),
    keystrokeMaxMs: Math.max(...times),
    nearDuplicateGroupsMs,
  };
}

export async function runTaxonomyBench(): Promise<TaxonomyBench> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'postdesk-taxonomy-bench-'));
  try {
    process.stdout.write(`tag rename: generating ${POSTS} posts… `);
    const rename = await renameBench(work);
    process.stdout.write('autocomplete… done\n');
    return { ...rename, ...autocompleteBench() };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(3)} ms`);

export function printTaxonomyBench(b: TaxonomyBench): void {
  console.log(`tag rename, ${b.tagged} of ${b.posts} posts: plan ${fmt(b.planMs)} + apply ${fmt(b.applyMs)} = ${fmt(b.renameMs)} (goal < 2 s); workspace open ${fmt(b.openMs)}`);
  console.log(`  files written: ${b.filesWritten}; exactly the tagged posts and nothing else: ${b.onlyTaggedWritten ? 'yes' : 'NO'}; diffs inside the tags field: ${b.diffsInTagsField}/${b.filesWritten}`);
  console.log(
    `autocomplete, ${b.distinctTags} distinct tags, ${b.keystrokes} keystrokes: p50 ${fmt(b.keystrokeP50Ms)}, p95 ${fmt(b.keystrokeP95Ms)}, max ${fmt(b.keystrokeMaxMs)} (goal < 16 ms); matcher built in ${fmt(b.matcherBuildMs)}; near-duplicate groups in ${fmt(b.nearDuplicateGroupsMs)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printTaxonomyBench(await runTaxonomyBench());
