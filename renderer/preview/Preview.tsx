import { useEffect, useMemo, useRef } from 'react';
import morphdom from 'morphdom';
import { createMarkdown } from '../../shared/markdown/pipeline';
import { sanitizeHtml } from './sanitize';

interface Props {
  /** The Markdown body (front matter removed), already deferred by the caller so typing never waits. */
  body: string;
  assetBase: string;
}

/**
 * The live preview. New HTML is patched into the existing DOM rather than replacing it, so
 * images do not reload and the scroll position holds while the user types.
 */
export function Preview({ body, assetBase }: Props) {
  const host = useRef<HTMLElement>(null);
  const md = useMemo(() => createMarkdown({ assetBase }), [assetBase]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const next = element.cloneNode(false) as HTMLElement;
    next.innerHTML = sanitizeHtml(md.render(body));
    morphdom(element, next, { childrenOnly: true });
  }, [md, body]);

  return <article className="preview markdown-body" data-testid="preview" ref={host} />;
}
