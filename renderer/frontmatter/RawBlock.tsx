import type { Problem } from '../../shared/post';

interface Props {
  /** The block's content as written. */
  raw: string;
  /** File line of the block's first line. */
  firstLine: number;
  problems: Problem[];
  format: string;
  /** Puts the editor's cursor on a file line. */
  onJumpToLine?: (line: number) => void;
}

/**
 * The front matter as written, with line numbers and each problem under the line it concerns. It
 * mirrors the editor, where the block is edited; a line number moves the editor there.
 */
export function RawBlock({ raw, firstLine, problems, format, onJumpToLine }: Props) {
  const lines = raw.replace(/\r?\n$/, '').split(/\r?\n/);
  const lastLine = firstLine + lines.length - 1;
  // Problems past the block (an unclosed quote found at the fence) show on its last line.
  const at = (line: number) => problems.filter((p) => Math.min(Math.max(p.line, firstLine), lastLine) === line);
  return (
    <div className="fm-raw" role="region" aria-label={`Raw front matter (${format.toUpperCase()})`}>
      {raw === '' ? (
        <p className="fm-hint">No front matter yet: filling in a field creates it.</p>
      ) : (
        <ol className="fm-raw-lines">
          {lines.map((line, i) => {
            const number = firstLine + i;
            const here = at(number);
            return (
              <li key={number} className={here.length > 0 ? `fm-raw-line has-${here.some((p) => p.severity === 'error') ? 'error' : 'warning'}` : 'fm-raw-line'}>
                <button type="button" className="fm-raw-number" tabIndex={-1} aria-label={`Go to line ${number}`} onClick={() => onJumpToLine?.(number)}>
                  {number}
                </button>
                <code>{line === '' ? ' ' : line}</code>
                {here.map((p, j) => (
                  <span key={j} className={`fm-raw-problem ${p.severity}`}>
                    {p.column ? `col ${p.column}: ` : ''}
                    {p.message}
                  </span>
                ))}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
