import { useEffect, useRef, type MouseEvent } from 'react';
import type { RenderedBlock } from '../../shared/markdown/render-blocks';
import { BlockPatcher } from './block-patcher';
import { sanitizeHtml } from './sanitize';

interface Props {
  /** The post rendered block by block (see use-rendered-post.ts); null while the first render runs. */
  blocks: readonly RenderedBlock[] | null;
  /** A heading was clicked: the 1-based editor line it came from. */
  onJumpToLine: (line: number) => void;
  /** Called after each patch of the DOM (scroll sync re-reads its anchors). */
  onRendered?: () => void;
}

function handleClick(event: MouseEvent<HTMLElement>, root: HTMLElement, onJumpToLine: (line: number) => void) {
  const target = event.target as HTMLElement;
  const link = target.closest('a');
  if (link) {
    const href = link.getAttribute('href') ?? '';
    // Same-page anchors (footnotes, headings) scroll the preview; web links go to the OS browser
    // through the window-open handler; anything else would navigate the app away: refuse it.
    event.preventDefault();
    if (href.startsWith('#')) root.querySelector(`[id="${CSS.escape(decodeURIComponent(href.slice(1)))}"]`)?.scrollIntoView({ block: 'start' });
    else if (/^https?:/i.test(href)) window.open(href, '_blank', 'noopener');
    return;
  }
  const heading = target.closest<HTMLElement>('h1, h2, h3, h4, h5, h6');
  const line = heading?.dataset.sourceLine;
  if (line !== undefined) onJumpToLine(Number(line) + 1);
}

/**
 * The live preview. Only blocks that changed are sanitized and replaced, so images do not reload,
 * the scroll position holds, and a keystroke in a long post costs one block's work.
 */
export function Preview({ blocks, onJumpToLine, onRendered }: Props) {
  const host = useRef<HTMLElement>(null);
  const patcher = useRef<BlockPatcher | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element || !blocks) return;
    patcher.current ??= new BlockPatcher(element, sanitizeHtml);
    void patcher.current.applyInSlices(blocks).then((finished) => finished && onRendered?.());
  }, [blocks, onRendered]);

  return <article className="preview markdown-body" data-testid="preview" ref={host} onClick={(e) => host.current && handleClick(e, host.current, onJumpToLine)} />;
}
