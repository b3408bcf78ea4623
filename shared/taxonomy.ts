/**
 * The tag and category manager's contract: counts, operations, the plan (every affected post with
 * its line diff) that is shown before anything is written, and what applying and undoing did.
 *
 * An operation is planned first (`taxonomy:plan`), then applied by its id (`taxonomy:apply`), so
 * what is written is exactly what the preview showed; a post changed on disk in between is skipped
 * and reported, never overwritten.
 */
import { z } from 'zod';
import type { DiffHunk } from './line-diff';

/** The two taxonomies every engine Postdesk knows has (Jekyll and Hugo name them the same). */
export type TaxonomyKind = 'tags' | 'categories';

/** A term and how many posts carry it. */
export interface TermCount {
  /** The term as the site prints it (Jekyll's `to_s` of what was written); case-sensitive. */
  name: string;
  count: number;
}

/** One term and the posts that carry it (`count` is `posts.length`). */
export interface TermUse extends TermCount {
  /** Workspace-relative paths, in the post list's order. */
  posts: string[];
}

/** Every tag and category of the workspace, most used first (ties by name). Drafts and unpublished posts count. */
export interface TaxonomyCounts {
  tags: TermUse[];
  categories: TermUse[];
}

/** A term name as the user types it: no surrounding whitespace, no line breaks. */
const newTerm = z
  .string()
  .min(1)
  .max(500)
  .refine((name) => name === name.trim() && !/[\r\n]/.test(name), 'a term cannot start or end with spaces or hold a line break');
/** An existing term: whatever the posts hold. */
const oldTerm = z.string().min(1).max(500);
const kind = z.enum(['tags', 'categories']);

/** What the manager can do; rename is the one-term merge, kept apart for how it reads. */
export const taxonomyOperationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rename'), kind, from: oldTerm, to: newTerm }).strict(),
  z.object({ type: z.literal('merge'), kind, from: z.array(oldTerm).min(1).max(1000), into: newTerm }).strict(),
  z.object({ type: z.literal('delete'), kind, terms: z.array(oldTerm).min(1).max(1000) }).strict(),
]);
export type TaxonomyOperation = z.infer<typeof taxonomyOperationSchema>;

/** One line of a diff; `type` is the unified-diff prefix: ' ' kept, '-' removed, '+' added. */

/** One post the operation rewrites. */
export interface PlannedChange {
  path: string;
  /** The front-matter fields edited (`tags`, `tag`, `categories`, `category`). */
  fields: string[];
  hunks: DiffHunk[];
}

/**
 * Why a post carrying a term is not (fully) changed:
 * - `folder`: a Jekyll category that comes from the post's folder (`blog/_posts/…`); only moving the file changes it;
 * - `front-matter`: the block cannot be parsed or edited without touching other lines;
 * - `value`: the field holds something that is not a list or a name (a map);
 * - `shadowed`: deleting the last `tag` would let the `tags` it hides count instead;
 * - `encoding`: the file is not valid UTF-8, so its bytes could not be written back exactly.
 */
export type UnresolvedReason = 'folder' | 'front-matter' | 'value' | 'shadowed' | 'encoding';

export interface Unresolved {
  path: string;
  reason: UnresolvedReason;
  message: string;
}

/** The preview: nothing is written until it is applied. */
export interface TaxonomyPlan {
  planId: string;
  operation: TaxonomyOperation;
  changes: PlannedChange[];
  /** Posts that keep a term the operation removes; a post may also appear in `changes` (edited in part). */
  unresolved: Unresolved[];
}

/** A post left as it is on disk when applying or undoing, with why. */
export interface FileSkip {
  path: string;
  /** `changed`: the file changed on disk since the plan (or since the apply, for undo); `missing`: it is gone. */
  reason: 'changed' | 'missing';
  message: string;
}

export interface TaxonomyApplyResult {
  /** Undoes this apply in one step; null when nothing was written. */
  undoId: string | null;
  written: string[];
  skipped: FileSkip[];
}

export interface TaxonomyUndoResult {
  /** Posts whose previous bytes came back. */
  restored: string[];
  skipped: FileSkip[];
}
