import type { TaxonomyPlan } from '../../shared/taxonomy';
import { describeOperation } from './term-table';

interface Props {
  plan: TaxonomyPlan;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
  onOpenPost?: (path: string) => void;
}

const MARK = { ' ': 'kept', '-': 'removed', '+': 'added' } as const;

/** Every post the operation rewrites, with the exact lines that change; nothing is written before Apply. */
export function PlanPreview({ plan, busy, onApply, onCancel, onOpenPost }: Props) {
  const count = plan.changes.length;
  return (
    <section className="tx-preview" aria-label="Preview of changes">
      <header className="tx-preview-head">
        <div>
          <h3>{describeOperation(plan.operation)}</h3>
          <p className="tx-soft">{count === 0 ? 'No post would change.' : `${count} ${count === 1 ? 'post changes' : 'posts change'}; only the lines below are written.`}</p>
        </div>
        <div className="tx-buttons">
          <button type="button" className="tx-button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="tx-button primary" onClick={onApply} disabled={busy || count === 0}>
            {busy ? 'Applying…' : `Apply to ${count} ${count === 1 ? 'post' : 'posts'}`}
          </button>
        </div>
      </header>
      {plan.unresolved.length > 0 && (
        <ul className="tx-unresolved" aria-label="Posts left unchanged">
          {plan.unresolved.map((u) => (
            <li key={`${u.path}:${u.reason}`}>
              <code>{u.path}</code> {u.message}
            </li>
          ))}
        </ul>
      )}
      <ol className="tx-changes">
        {plan.changes.map((change) => (
          <li key={change.path} className="tx-change">
            <div className="tx-change-head">
              <button type="button" className="tx-link" onClick={() => onOpenPost?.(change.path)} disabled={!onOpenPost}>
                {change.path}
              </button>
              <span className="tx-soft">{change.fields.join(', ')}</span>
            </div>
            {change.hunks.map((hunk) => (
              <pre key={`${hunk.oldStart}:${hunk.newStart}`} className="tx-diff" aria-label={`Changes in ${change.path} at line ${hunk.oldStart}`}>
                <span className="tx-hunk">{`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`}</span>
                {hunk.lines.map((line, i) => (
                  <span key={i} className={`tx-line ${MARK[line.type]}`}>
                    {line.type}
                    {line.text}
                  </span>
                ))}
              </pre>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
