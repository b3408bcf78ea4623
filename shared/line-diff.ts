/**
 * Line diffs: what the tag manager previews for each post, what the conflict bar's Compare shows,
 * and the unified-diff text the CLI prints.
 * Changes are usually small and close together, so the common head and tail are cut
 * first and only the rest is compared line by line (longest common subsequence).
 */

export interface DiffLine {
  type: ' ' | '-' | '+';
  text: string;
}

/** A unified-diff hunk; line numbers are 1-based in the old and new text. */
export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: DiffLine[];
}

/** Past this many cells the middle is shown as removed-then-added instead of aligned. */
const MAX_CELLS = 4_000_000;

type Op = { type: DiffLine['type']; old: number; new: number };

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Edit script of the middle part, in order. */
function middleOps(a: string[], b: string[], aStart: number, bStart: number): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS || n === 0 || m === 0) {
    return [...a.map((_, i) => ({ type: '-' as const, old: aStart + i, new: bStart })), ...b.map((_, j) => ({ type: '+' as const, old: aStart + n, new: bStart + j }))];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], flattened.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? (lcs[(i + 1) * (m + 1) + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * (m + 1) + j] as number, lcs[i * (m + 1) + j + 1] as number);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ type: ' ', old: aStart + i++, new: bStart + j++ });
    // Removals before additions, as `git diff` shows a changed line.
    else if (i < n && (j === m || (lcs[(i + 1) * (m + 1) + j] as number) >= (lcs[i * (m + 1) + j + 1] as number))) ops.push({ type: '-', old: aStart + i++, new: bStart + j });
    else ops.push({ type: '+', old: aStart + i, new: bStart + j++ });
  }
  return ops;
}

/** Hunks of changed lines with `context` unchanged lines around each; [] when the texts have the same lines. */
export function lineDiff(before: string, after: string, context = 2): DiffHunk[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [
    ...a.slice(0, head).map((_, i) => ({ type: ' ' as const, old: i, new: i })),
    ...middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head, head),
    ...a.slice(a.length - tail).map((_, k) => ({ type: ' ' as const, old: a.length - tail + k, new: b.length - tail + k })),
  ];
  const changed = ops.map((op, index) => (op.type === ' ' ? -1 : index)).filter((index) => index !== -1);
  const hunks: DiffHunk[] = [];
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, (changed[k] as number) - context);
    let last = changed[k] as number;
    while (k + 1 < changed.length && (changed[k + 1] as number) - last <= 2 * context + 1) last = changed[++k] as number;
    k++;
    const slice = ops.slice(from, Math.min(ops.length, last + context + 1));
    const first = slice[0] as Op;
    const lines = slice.map((op) => ({ type: op.type, text: ((op.type === '+' ? b[op.new] : a[op.old]) ?? '').replace(/\r$/, '') }));
    const oldLines = slice.filter((op) => op.type !== '+').length;
    const newLines = slice.filter((op) => op.type !== '-').length;
    hunks.push({ oldStart: first.old + 1, oldLines, newStart: first.new + 1, newLines, lines });
  }
  return hunks;
}

/** `--- a/PATH` / `+++ b/PATH` and `@@ -l,s +l,s @@` hunks, as `git diff` prints them. */
export function formatUnifiedDiff(path: string, hunks: DiffHunk[]): string {
  const body = hunks.flatMap((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines.map((line) => `${line.type}${line.text}`)]);
  return [`--- a/${path}`, `+++ b/${path}`, ...body, ''].join('\n');
}
