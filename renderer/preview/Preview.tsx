import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import morphdom from 'morphdom';
import { createMarkdown } from '../../shared/markdown/pipeline';
import { sanitizeHtml } from './sanitize';

interface Props {
  /** The Markdown body (front matter removed), already deferred by the caller so typing never waits. */
  body: string;
  /** Lines of the file before the body, so `data-source-line` matches editor lines. */
  lineOffset: number;
  assetBase: string;
  /** The post's folder relative to the workspace, for relative image and link URLs. */
  documentDir: string;
  /** A heading or block was clicked: the 1-based editor line it came from. */
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
    if (href.startsWith('#')) {
      event.preventDefault();
      root.querySelector(`[id="${CSS.escape(decodeURIComponent(href.slice(1)))}"]`)?.scrollIntoView({ block: 'start' });
    } else if (/^https?:/i.test(href)) {
      event.preventDefault();
      window.open(href, '_blank', 'noopener');
    } else event.preventDefault();
    return;
  }
  const heading = target.closest<HTMLElement>('h1, h2, h3, h4, h5, h6');
  const line = heading?.dataset.sourceLine;
  if (line !== undefined) onJumpToLine(Number(line) + 1);
}

/**
 * The live preview. New HTML is patched into the existing DOM rather than replacing it, so
 * images do not reload and the scroll position holds while the user types.
 */
export function Preview({ body, lineOffset, assetBase, documentDir, onJumpToLine, onRendered }: Props) {
  const host = useRef<HTMLElement>(null);
  const md = useMemo(() => createMarkdown({ assetBase, documentDir }), [assetBase, documentDir]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const next = element.cloneNode(false) as HTMLElement;
    next.innerHTML = sanitizeHtml(md.render(body, { lineOffset }));
    morphdom(element, next, { childrenOnly: true });
    onRendered?.();
  }, [md, body, lineOffset, onRendered]);

  return <article className="preview markdown-body" data-testid="preview" ref={host} onClick={(e) => host.current && handleClick(e, host.current, onJumpToLine)} />;
}
