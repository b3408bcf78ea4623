/**
 * DOMPurify for Node (`postdesk render`, tests): the preview's policy from
 * shared/markdown/sanitize-config.ts over a jsdom window, created on first use because a jsdom
 * window is costly.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { createSanitizer } from '../../shared/markdown/sanitize-config';

let sanitize: ((html: string) => string) | undefined;

/** `html` with everything the preview's policy forbids removed. */
export function sanitizeHtml(html: string): string {
  sanitize ??= createSanitizer(createDOMPurify(new JSDOM('').window as unknown as WindowLike));
  return sanitize(html);
}
