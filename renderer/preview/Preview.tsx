import { useDeferredValue, useMemo } from 'react';
import { createMarkdown } from '../../shared/markdown/pipeline';
import { sanitizeHtml } from './sanitize';

interface Props {
  /** The Markdown body (front matter already removed). */
  body: string;
  assetBase: string;
}

/** The live preview: rendered at a deferred priority so typing never waits for it. */
export function Preview({ body, assetBase }: Props) {
  const md = useMemo(() => createMarkdown({ assetBase }), [assetBase]);
  const deferred = useDeferredValue(body);
  const html = useMemo(() => sanitizeHtml(md.render(deferred)), [md, deferred]);
  return <article className="preview markdown-body" data-testid="preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
