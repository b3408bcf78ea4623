/**
 * The manager's term list: filtered (case-insensitive substring) and sorted by use or by name, and
 * the operation the chosen action builds from the checked terms.
 */
import type { TaxonomyKind, TaxonomyOperation, TermUse } from '../../shared/taxonomy';

export type TermSort = 'most' | 'least' | 'name';

const byName = (a: TermUse, b: TermUse) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || (a.name < b.name ? -1 : 1);

export function visibleTerms(terms: readonly TermUse[], filter: string, sort: TermSort): TermUse[] {
  const wanted = filter.trim().toLowerCase();
  const shown = wanted === '' ? [...terms] : terms.filter((term) => term.name.toLowerCase().includes(wanted));
  if (sort === 'name') return shown.sort(byName);
  return shown.sort((a, b) => (sort === 'most' ? b.count - a.count : a.count - b.count) || byName(a, b));
}

export type Action = 'rename' | 'merge' | 'delete';

/**
 * The operation for `action` on the checked terms, or a message saying what is missing. `name` is
 * the new name (rename) or the target (merge).
 */
export function operationFor(action: Action, kind: TaxonomyKind, checked: readonly string[], name: string): TaxonomyOperation | string {
  if (checked.length === 0) return 'Check the terms to change first.';
  if (action === 'delete') return { type: 'delete', kind, terms: [...checked] };
  const target = name.trim();
  if (target === '' || /[\r\n]/.test(target)) return action === 'rename' ? 'Type the new name.' : 'Type the name to merge into.';
  if (action === 'rename') {
    if (checked.length !== 1) return 'Rename one term at a time; merge several into one instead.';
    if (checked[0] === target) return 'The new name is the same as the old one.';
    return { type: 'rename', kind, from: checked[0] as string, to: target };
  }
  const from = checked.filter((term) => term !== target);
  if (from.length === 0) return 'Check at least one other term to merge.';
  return { type: 'merge', kind, from, into: target };
}

/** A sentence naming what an operation does, for the preview's heading. */
export function describeOperation(op: TaxonomyOperation): string {
  const noun = (n: number) => (op.kind === 'tags' ? (n === 1 ? 'tag' : 'tags') : n === 1 ? 'category' : 'categories');
  const list = (names: string[]) => names.map((n) => `“${n}”`).join(', ');
  if (op.type === 'rename') return `Rename the ${noun(1)} “${op.from}” to “${op.to}”`;
  if (op.type === 'merge') return `Merge the ${noun(op.from.length)} ${list(op.from)} into “${op.into}”`;
  return `Delete the ${noun(op.terms.length)} ${list(op.terms)}`;
}
