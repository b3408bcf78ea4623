/**
 * The tag and category manager over one workspace: counts, plans, apply and one-step undo.
 *
 * A plan reads every post that carries a term of the operation, computes its new text with the
 * lossless editor and keeps it with the version it was read at. Applying writes exactly those
 * texts, each through the workspace's conflict-checked atomic save: a post changed since the plan
 * is skipped and reported. Undo writes the previous text back the same way, so a post changed
 * since the apply is left alone.
 */
import { randomUUID } from 'node:crypto';
import type { FileVersion } from '../../shared/post';
import type { FileSkip, PlannedChange, TaxonomyApplyResult, TaxonomyCounts, TaxonomyOperation, TaxonomyPlan, TaxonomyUndoResult, Unresolved } from '../../shared/taxonomy';
import { taxonomyCounts } from '../../shared/taxonomy-counts';
import { lineDiff } from '../../shared/line-diff';
import { editPostTerms, termMapping } from '../../shared/taxonomy-edit';
import { errorCode, isMissing, ServiceError } from './errors';
import { mapLimit } from './map-limit';
import type { Workspace } from './workspace';

/** Plans and undo steps remembered: each holds whole texts, so only the latest few. */
const KEPT_PLANS = 3;
const KEPT_UNDOS = 5;
/** Files read at once. */
const READS = 16;
/** Files written at once: each atomic save waits on an fsync, and the disk takes many together (64 is about 2x faster than 16 for 1,000 posts). */
const WRITES = 64;

interface FileEdit {
  path: string;
  /** The text written over: the plan's read, or what the apply wrote. */
  before: string;
  after: string;
  /** The version `before` was read at (plan), or the version written (apply). */
  version: FileVersion;
}

type PlannedPost = { edit: FileEdit; change: PlannedChange } | null;

/** A map that forgets its oldest entries past `limit`. */
function remember<T>(map: Map<string, T>, key: string, value: T, limit: number): void {
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= limit) break;
    map.delete(oldest);
  }
}

function take<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new ServiceError('expired', `This ${what} is no longer available: it was used already or is too old`);
  map.delete(key);
  return value;
}


export class TaxonomyService {
  private readonly plans = new Map<string, FileEdit[]>();
  private readonly undos = new Map<string, FileEdit[]>();

  constructor(private readonly workspace: Workspace) {}

  async counts(): Promise<TaxonomyCounts> {
    return taxonomyCounts(await this.workspace.listPosts());
  }

  /** Every affected post with its new text and line diff; writes nothing. */
  async plan(operation: TaxonomyOperation): Promise<TaxonomyPlan> {
    const mapping = termMapping(operation);
    const posts = (await this.workspace.listPosts()).filter((post) => post[mapping.kind].some((term) => mapping.from.has(term)));
    const unresolved: Unresolved[] = [];
    const planned = await mapLimit(posts, READS, async ({ path }): Promise<PlannedPost> => {
      const file = await this.workspace.readPost(path).catch((error: unknown) => {
        if (isMissing(error)) return null;
        if (errorCode(error) !== 'encoding') throw error;
        unresolved.push({ path, reason: 'encoding', message: 'the file is not valid UTF-8: it is left as it is' });
        return null;
      });
      if (!file) return null;
      const edit = editPostTerms(this.workspace.kind, path, file.text, mapping);
      if (edit.unresolved) unresolved.push({ path, ...edit.unresolved });
      if (edit.text === file.text) return null;
      return {
        edit: { path, before: file.text, after: edit.text, version: file.version },
        change: { path, fields: edit.fields, hunks: lineDiff(file.text, edit.text) },
      };
    });
    const edits = planned.filter((p): p is NonNullable<PlannedPost> => p !== null);
    const planId = randomUUID();
    remember(
      this.plans,
      planId,
      edits.map((p) => p.edit),
      KEPT_PLANS,
    );
    const order = new Map(posts.map((post, i) => [post.path, i]));
    unresolved.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
    return { planId, operation, changes: edits.map((p) => p.change), unresolved };
  }

  /** Writes what the plan showed, post by post; a post changed on disk since is skipped. */
  async apply(planId: string): Promise<TaxonomyApplyResult> {
    const edits = take(this.plans, planId, 'preview');
    const outcomes = await mapLimit(edits, WRITES, (edit) => this.write(edit.path, edit.after, edit.version, 'since the preview'));
    const applied: FileEdit[] = [];
    const skipped: FileSkip[] = [];
    outcomes.forEach((outcome, i) => {
      const edit = edits[i] as FileEdit;
      if ('skip' in outcome) skipped.push(outcome.skip);
      else applied.push({ path: edit.path, before: edit.before, after: edit.after, version: outcome.version });
    });
    if (applied.length === 0) return { undoId: null, written: [], skipped };
    const undoId = randomUUID();
    remember(this.undos, undoId, applied, KEPT_UNDOS);
    return { undoId, written: applied.map((edit) => edit.path), skipped };
  }

  /** Puts back the text each post had before the apply, unless the post changed since. */
  async undo(undoId: string): Promise<TaxonomyUndoResult> {
    const applied = take(this.undos, undoId, 'undo step');
    const outcomes = await mapLimit(applied, WRITES, (edit) => this.write(edit.path, edit.before, edit.version, 'since the change was applied'));
    return {
      restored: applied.filter((_, i) => !('skip' in (outcomes[i] as object))).map((edit) => edit.path),
      skipped: outcomes.flatMap((outcome) => ('skip' in outcome ? [outcome.skip] : [])),
    };
  }

  private async write(path: string, text: string, base: FileVersion, since: string): Promise<{ version: FileVersion } | { skip: FileSkip }> {
    const result = await this.workspace.savePost(path, text, base);
    if (result.status === 'saved') return { version: result.version };
    return result.disk
      ? { skip: { path, reason: 'changed', message: `changed on disk ${since}: left as it is` } }
      : { skip: { path, reason: 'missing', message: `deleted ${since}` } };
  }
}
