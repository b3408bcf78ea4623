/**
 * `postdesk tags`: the tag and category manager without a window.
 *
 * - `postdesk tags DIR [--json]`: counts; the JSON is `{"tags": {NAME: COUNT}, "categories": {NAME: COUNT}}`
 *   over every post the index lists, drafts and unpublished included, most used first.
 * - `postdesk tags rename OLD NEW DIR [--categories] [--dry-run]`
 * - `postdesk tags merge A B … --into C DIR [--categories] [--dry-run]`
 *
 * Rename and merge print each affected post's diff (a dry run stops there), then write through the
 * same plan and conflict-checked save as the app. Posts that keep a term (a folder category, a
 * block that cannot be edited) are reported on stderr and make the exit code 1.
 */
import path from 'node:path';
import type { TaxonomyCounts, TaxonomyKind, TaxonomyOperation, TaxonomyPlan, TermUse } from '../../shared/taxonomy';
import { taxonomyOperationSchema } from '../../shared/taxonomy';
import { formatUnifiedDiff } from '../../shared/line-diff';
import { termMapping } from '../../shared/taxonomy-edit';
import { TaxonomyService } from '../services/taxonomy-service';
import { Workspace } from '../services/workspace';
import { parseArgs } from './args';
import { EXIT, UsageError, type CliIo } from './io';

export const tagsUsage = 'postdesk tags [rename OLD NEW | merge A… --into C] DIR';
const fullUsage = [
  'postdesk tags DIR [--json]',
  'postdesk tags rename OLD NEW DIR [--categories] [--dry-run]',
  'postdesk tags merge A B … --into C DIR [--categories] [--dry-run]',
].join('\n       ');

async function service(io: CliIo, dir: string): Promise<TaxonomyService> {
  return new TaxonomyService(await Workspace.open(path.resolve(io.cwd, dir), { assetBase: '' }));
}

const asObject = (uses: TermUse[]) => Object.fromEntries(uses.map((use) => [use.name, use.count]));

function printCounts(io: CliIo, counts: TaxonomyCounts, json: boolean): void {
  if (json) {
    io.stdout.write(`${JSON.stringify({ tags: asObject(counts.tags), categories: asObject(counts.categories) }, null, 2)}\n`);
    return;
  }
  for (const kind of ['tags', 'categories'] as const) {
    io.stdout.write(`${kind}:\n`);
    for (const use of counts[kind]) io.stdout.write(`${String(use.count).padStart(6)}  ${use.name}\n`);
  }
}

function operationFrom(verb: string, positionals: string[], into: string | undefined, kind: TaxonomyKind): { operation: TaxonomyOperation; dir: string } {
  const dir = positionals.at(-1);
  const terms = positionals.slice(0, -1);
  let candidate: unknown;
  if (verb === 'rename') {
    if (terms.length !== 2 || dir === undefined || into !== undefined) throw new UsageError(`usage: ${fullUsage}`);
    candidate = { type: 'rename', kind, from: terms[0], to: terms[1] };
  } else {
    if (terms.length === 0 || dir === undefined || into === undefined) throw new UsageError(`usage: ${fullUsage}`);
    candidate = { type: 'merge', kind, from: terms, into };
  }
  const parsed = taxonomyOperationSchema.safeParse(candidate);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid term');
  return { operation: parsed.data, dir };
}

function printPlan(io: CliIo, plan: TaxonomyPlan): void {
  for (const change of plan.changes) io.stdout.write(formatUnifiedDiff(change.path, change.hunks));
  for (const note of plan.unresolved) io.stderr.write(`${note.path}: ${note.message}\n`);
}

export async function tagsCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'categories', 'dry-run'], options: ['into'] });
  const [first, ...rest] = args.positionals;
  if (first === 'rename' || first === 'merge') {
    if (args.flags.has('json')) throw new UsageError(`--json is only for counts`);
    const kind: TaxonomyKind = args.flags.has('categories') ? 'categories' : 'tags';
    const { operation, dir } = operationFrom(first, rest, args.options.get('into'), kind);
    const taxonomy = await service(io, dir);
    const plan = await taxonomy.plan(operation);
    printPlan(io, plan);
    if (plan.changes.length === 0 && plan.unresolved.length === 0) {
      const terms = [...termMapping(operation).from].map((term) => JSON.stringify(term));
      io.stderr.write(`no post has ${kind === 'tags' ? 'the tag' : 'the category'} ${terms.join(' or ')}\n`);
      return EXIT.problems;
    }
    const posts = (n: number) => `${n} post${n === 1 ? '' : 's'}`;
    if (args.flags.has('dry-run')) {
      io.stderr.write(`dry run: ${posts(plan.changes.length)} would change, nothing written\n`);
      return plan.unresolved.length ? EXIT.problems : EXIT.ok;
    }
    const applied = await taxonomy.apply(plan.planId);
    for (const skip of applied.skipped) io.stderr.write(`${skip.path}: ${skip.message}\n`);
    io.stderr.write(`${posts(applied.written.length)} changed\n`);
    return plan.unresolved.length || applied.skipped.length ? EXIT.problems : EXIT.ok;
  }
  if (first === undefined || rest.length > 0 || args.flags.has('categories') || args.flags.has('dry-run') || args.options.has('into')) throw new UsageError(`usage: ${fullUsage}`);
  printCounts(io, await (await service(io, first)).counts(), args.flags.has('json'));
  return EXIT.ok;
}
