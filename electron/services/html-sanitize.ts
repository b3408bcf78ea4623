/**
 * DOMPurify for Node (`postdesk render`, tests): the preview's policy from
 * shared/markdown/sanitize-config.ts over a jsdom window. jsdom is loaded on first use: it takes
 * half a second to import, and no other command needs it.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';
import { createSanitizer } from '../../shared/markdown/sanitize-config';

let sanitizer: Promise<(html: string) => string> | undefined;

/** A function returning `html` with everything the preview's policy forbids removed. */
export function nodeSanitizer(): Promise<(html: string) => string> {
  sanitizer ??= import('jsdom').then(({ JSDOM }) => createSanitizer(createDOMPurify(new JSDOM('').window as unknown as WindowLike)));
  return sanitizer;
}
