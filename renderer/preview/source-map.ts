/**
 * Maps between editor lines and preview scroll offsets through the `data-source-line` anchors the
 * pipeline writes on block elements, interpolating between neighbouring anchors.
 */

/** A preview block: the 1-based editor line it starts at and its top offset in the scroll area. */
export interface Anchor {
  line: number;
  top: number;
}

/** Reads the anchors of a rendered preview, in document order. */
export function readAnchors(root: HTMLElement): Anchor[] {
  const base = root.getBoundingClientRect().top - root.scrollTop;
  const anchors: Anchor[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-source-line]')) {
    const line = Number(element.dataset.sourceLine) + 1;
    const top = element.getBoundingClientRect().top - base;
    const previous = anchors[anchors.length - 1];
    // Nested blocks (a list inside a quote) repeat lines; keep lines and offsets increasing.
    if (Number.isFinite(line) && (!previous || (line > previous.line && top >= previous.top))) anchors.push({ line, top });
  }
  return anchors;
}

function interpolate(value: number, from: [number, number], to: [number, number]): number {
  if (to[0] === from[0]) return from[1];
  return from[1] + ((value - from[0]) / (to[0] - from[0])) * (to[1] - from[1]);
}

function bracket<T>(items: readonly T[], key: (item: T) => number, value: number): [T, T] | null {
  if (items.length === 0) return null;
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid] as T) <= value) lo = mid;
    else hi = mid - 1;
  }
  return [items[lo] as T, items[Math.min(lo + 1, items.length - 1)] as T];
}

/** The preview offset at which `line` (1-based, may be fractional) is at the top. */
export function offsetForLine(anchors: readonly Anchor[], line: number): number {
  const pair = bracket(anchors, (a) => a.line, line);
  if (!pair) return 0;
  const [a, b] = pair;
  if (line <= a.line) return a === anchors[0] && line < a.line ? 0 : a.top;
  return interpolate(line, [a.line, a.top], [b.line, b.top]);
}

/** The (fractional) editor line shown at preview offset `top`. */
export function lineForOffset(anchors: readonly Anchor[], top: number): number {
  const pair = bracket(anchors, (a) => a.top, top);
  if (!pair) return 1;
  const [a, b] = pair;
  if (top <= a.top) return a.line;
  return interpolate(top, [a.top, a.line], [b.top, b.line]);
}
