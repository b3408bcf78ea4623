import type { DiffHunk } from '../../shared/line-diff';

/** Line diff hunks, `-` lines and `+` lines marked, with their line numbers. */
export function DiffView({ hunks, label }: { hunks: DiffHunk[]; label: string }) {
  if (hunks.length === 0) return <p className="diff-empty">No differences.</p>;
  return (
    <div className="diff" role="table" aria-label={label}>
      {hunks.map((hunk) => {
        let oldLine = hunk.oldStart;
        let newLine = hunk.newStart;
        return (
          <div className="diff-hunk" role="rowgroup" key={`${hunk.oldStart}:${hunk.newStart}`}>
            <div className="diff-hunk-header">{`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`}</div>
            {hunk.lines.map((line, i) => {
              const numbers = line.type === '+' ? ['', newLine++] : line.type === '-' ? [oldLine++, ''] : [oldLine++, newLine++];
              return (
                <div className={`diff-line diff-${line.type === '+' ? 'add' : line.type === '-' ? 'del' : 'ctx'}`} role="row" key={i}>
                  <span className="diff-num">{numbers[0]}</span>
                  <span className="diff-num">{numbers[1]}</span>
                  <span className="diff-text">
                    {line.type}
                    {line.text}
                  </span>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
