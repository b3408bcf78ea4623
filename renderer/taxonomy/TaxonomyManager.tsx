import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PostdeskApi } from '../../shared/ipc';
import type { FileSkip, TaxonomyApplyResult, TaxonomyCounts, TaxonomyKind, TaxonomyOperation, TaxonomyPlan } from '../../shared/taxonomy';
import { nearDuplicateGroups } from '../../shared/taxonomy-near-duplicates';
import { PlanPreview } from './PlanPreview';
import { describeOperation, operationFor, visibleTerms, type Action, type TermSort } from './term-table';
import './taxonomy.css';

interface Props {
  api: PostdeskApi;
  /** Opens a post in the editor (from a term's post list or the preview). */
  onOpenPost?: (path: string) => void;
}

type Phase =
  | { step: 'choose' }
  | { step: 'planning' }
  | { step: 'preview'; plan: TaxonomyPlan; applying: boolean }
  | { step: 'applied'; operation: TaxonomyOperation; result: TaxonomyApplyResult; undoing: boolean }
  | { step: 'undone'; restored: string[]; skipped: FileSkip[] };

const NOUN: Record<TaxonomyKind, [string, string]> = { tags: ['tag', 'Tags'], categories: ['category', 'Categories'] };

function Skipped({ skipped }: { skipped: FileSkip[] }) {
  if (skipped.length === 0) return null;
  return (
    <ul className="tx-unresolved" aria-label="Posts skipped">
      {skipped.map((s) => (
        <li key={s.path}>
          <code>{s.path}</code> {s.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * All tags and categories with their counts: filter, sort, list a term's posts, and rename, merge or
 * delete terms across the workspace. Every operation is previewed as line diffs before anything is
 * written, and an applied one can be undone in one step.
 */
export function TaxonomyManager({ api, onOpenPost }: Props) {
  const [counts, setCounts] = useState<TaxonomyCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState<TaxonomyKind>('tags');
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<TermSort>('most');
  const [checked, setChecked] = useState<string[]>([]);
  const [focused, setFocused] = useState<string | null>(null);
  const [action, setAction] = useState<Action>('rename');
  const [name, setName] = useState('');
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });

  const load = useCallback(() => {
    api.taxonomyCounts({}).then(setCounts, (e: unknown) => setError(String(e)));
  }, [api]);
  useEffect(() => {
    load();
    return api.onDidChangePosts(load);
  }, [api, load]);

  const terms = useMemo(() => counts?.[kind] ?? [], [counts, kind]);
  const shown = useMemo(() => visibleTerms(terms, filter, sort), [terms, filter, sort]);
  const groups = useMemo(() => nearDuplicateGroups(terms), [terms]);
  const focusedTerm = terms.find((t) => t.name === focused) ?? null;
  const [noun, Title] = NOUN[kind];

  const fail = (e: unknown) => {
    setError(e instanceof Error ? e.message : String(e));
    setPhase({ step: 'choose' });
  };
  const plan = (operation: TaxonomyOperation | string) => {
    if (typeof operation === 'string') return setError(operation);
    setError(null);
    setPhase({ step: 'planning' });
    api.taxonomyPlan({ operation }).then((p) => setPhase({ step: 'preview', plan: p, applying: false }), fail);
  };
  const apply = (p: TaxonomyPlan) => {
    setPhase({ step: 'preview', plan: p, applying: true });
    api.taxonomyApply({ planId: p.planId }).then((result) => {
      setPhase({ step: 'applied', operation: p.operation, result, undoing: false });
      setChecked([]);
      setName('');
      load();
    }, fail);
  };
  const undo = (operation: TaxonomyOperation, result: TaxonomyApplyResult) => {
    if (!result.undoId) return;
    setPhase({ step: 'applied', operation, result, undoing: true });
    api.taxonomyUndo({ undoId: result.undoId }).then((r) => {
      setPhase({ step: 'undone', restored: r.restored, skipped: r.skipped });
      load();
    }, fail);
  };
  const switchKind = (next: TaxonomyKind) => {
    setKind(next);
    setChecked([]);
    setFocused(null);
    setPhase({ step: 'choose' });
  };
  const toggle = (term: string) => setChecked(checked.includes(term) ? checked.filter((t) => t !== term) : [...checked, term]);
  const busy = phase.step === 'planning' || (phase.step === 'preview' && phase.applying);

  return (
    <div className="tx-manager" aria-label="Tags and categories">
      <header className="tx-head">
        <div className="tx-tabs" role="tablist" aria-label="Taxonomy">
          {(['tags', 'categories'] as const).map((k) => (
            <button key={k} type="button" role="tab" aria-selected={kind === k} className="tx-tab" onClick={() => switchKind(k)}>
              {NOUN[k][1]} <span className="tx-count">{counts?.[k].length ?? '…'}</span>
            </button>
          ))}
        </div>
        <input type="search" className="tx-input" aria-label={`Filter ${Title.toLowerCase()}`} placeholder={`Filter ${Title.toLowerCase()}`} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <select className="tx-input" aria-label="Sort by" value={sort} onChange={(e) => setSort(e.target.value as TermSort)}>
          <option value="most">Most used</option>
          <option value="least">Least used</option>
          <option value="name">Name</option>
        </select>
      </header>

      {error && (
        <p className="tx-banner" role="alert">
          {error}
        </p>
      )}

      <div className="tx-body">
        <div className="tx-list-column">
          {groups.length > 0 && (
            <section className="tx-dupes" aria-label="Possible duplicates">
              <h3>Possible duplicates</h3>
              <ul>
                {groups.slice(0, 6).map((group) => (
                  <li key={group.terms.join('\u0000')}>
                    <span className="tx-dupe-names">{group.terms.join(' · ')}</span>
                    <span className="tx-soft">{group.differences.join(', ')}</span>
                    <button
                      type="button"
                      className="tx-button"
                      disabled={busy}
                      onClick={() => {
                        setChecked(group.terms);
                        setAction('merge');
                        setName(group.into);
                        plan(operationFor('merge', kind, group.terms, group.into));
                      }}
                    >
                      Merge into “{group.into}”
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {counts === null ? (
            <p className="tx-soft tx-pad">Counting…</p>
          ) : shown.length === 0 ? (
            <p className="tx-soft tx-pad">{terms.length === 0 ? `No ${Title.toLowerCase()} yet.` : `No ${noun} matches “${filter}”.`}</p>
          ) : (
            <table className="tx-table" aria-label={Title}>
              <thead>
                <tr>
                  <th scope="col" className="tx-check-col">
                    <span className="tx-visually-hidden">Select</span>
                  </th>
                  <th scope="col">Name</th>
                  <th scope="col" className="tx-num">
                    Posts
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((term) => (
                  <tr key={term.name} className={term.name === focused ? 'selected' : undefined}>
                    <td className="tx-check-col">
                      <input type="checkbox" aria-label={`Select ${noun} ${term.name}`} checked={checked.includes(term.name)} onChange={() => toggle(term.name)} />
                    </td>
                    <td>
                      <button type="button" className="tx-term" aria-pressed={term.name === focused} onClick={() => setFocused(term.name === focused ? null : term.name)}>
                        {term.name}
                      </button>
                    </td>
                    <td className="tx-num">{term.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>

        <div className="tx-side">
          <section className="tx-actions" aria-label="Change terms">
            <p className="tx-soft">{checked.length === 0 ? `Check ${Title.toLowerCase()} to rename, merge or delete them.` : `${checked.length} checked: ${checked.join(', ')}`}</p>
            <div className="tx-action-row">
              <select className="tx-input" aria-label="Action" value={action} onChange={(e) => setAction(e.target.value as Action)}>
                <option value="rename">Rename to</option>
                <option value="merge">Merge into</option>
                <option value="delete">Delete</option>
              </select>
              {action !== 'delete' && (
                <input className="tx-input" aria-label={action === 'rename' ? 'New name' : 'Merge into'} placeholder={action === 'rename' ? 'new name' : 'target name'} value={name} onChange={(e) => setName(e.target.value)} />
              )}
              <button type="button" className="tx-button" disabled={busy || checked.length === 0} onClick={() => plan(operationFor(action, kind, checked, name))}>
                Preview
              </button>
            </div>
          </section>

          {phase.step === 'planning' && <p className="tx-soft tx-pad">Preparing the preview…</p>}
          {phase.step === 'preview' && <PlanPreview plan={phase.plan} busy={phase.applying} onApply={() => apply(phase.plan)} onCancel={() => setPhase({ step: 'choose' })} onOpenPost={onOpenPost} />}
          {phase.step === 'applied' && (
            <section className="tx-result" role="status">
              <p>
                {describeOperation(phase.operation)}: {phase.result.written.length} {phase.result.written.length === 1 ? 'post' : 'posts'} written.
              </p>
              <Skipped skipped={phase.result.skipped} />
              {phase.result.undoId && (
                <button type="button" className="tx-button" disabled={phase.undoing} onClick={() => undo(phase.operation, phase.result)}>
                  {phase.undoing ? 'Undoing…' : 'Undo'}
                </button>
              )}
            </section>
          )}
          {phase.step === 'undone' && (
            <section className="tx-result" role="status">
              <p>
                Undone: {phase.restored.length} {phase.restored.length === 1 ? 'post' : 'posts'} restored.
              </p>
              <Skipped skipped={phase.skipped} />
            </section>
          )}

          {focusedTerm && phase.step !== 'preview' && (
            <section className="tx-posts" aria-label={`Posts with ${noun} ${focusedTerm.name}`}>
              <h3>
                {kind === 'tags' ? 'Posts tagged' : 'Posts in'} <span className="tx-term-name">{focusedTerm.name}</span> <span className="tx-count">{focusedTerm.count}</span>
              </h3>
              <ul>
                {focusedTerm.posts.map((path) => (
                  <li key={path}>
                    <button type="button" className="tx-link" onClick={() => onOpenPost?.(path)} disabled={!onOpenPost}>
                      {path}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
