/**
 * The one DOMPurify policy for post HTML, used by the preview (the browser's DOMPurify) and by
 * `postdesk render` (DOMPurify over jsdom), so the two cannot drift. Raw HTML in posts is
 * allowed; nothing that runs code, frames, submits, restyles the page or navigates by itself is.
 */
import type { Config, DOMPurify } from 'dompurify';

/** URL schemes a post may use; scheme-less (relative) URLs pass too. `data:` is handled by a hook. */
const ALLOWED_URI = /^(?:(?:https?|mailto|postdesk-asset):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

export const SANITIZE_CONFIG: Readonly<Config> = Object.freeze({
  FORBID_TAGS: [
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
    'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist',
    'base', 'meta', 'link', 'style', 'noscript',
  ],
  FORBID_ATTR: ['srcdoc', 'formaction', 'action', 'ping'],
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: true,
});

/** Control characters and spaces browsers ignore inside a URL scheme. */
const URL_NOISE = /[\p{Cc}\p{Zs}\u180e\u2000-\u2029]/gu;
const DATA_URL = /^data:/i;
const DATA_IMAGE = /^data:image\//i;
const HEADING = /^h[1-6]$/i;

/**
 * Installs the policy's hooks on `purify` (call once per instance) and returns its sanitize
 * function. Hooks do what the config cannot: `data:` URLs only as an image's `src`, and heading
 * ids kept even when they match a `document` property (headings cannot clobber it; only embed,
 * form, iframe, img and object can), so `## Images` keeps `id="images"` for in-page links.
 */
export function createSanitizer(purify: DOMPurify): (html: string) => string {
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const tag = node.nodeName.toLowerCase();
    const value = data.attrValue.replace(URL_NOISE, '');
    if (DATA_URL.test(value) && !(tag === 'img' && data.attrName === 'src' && DATA_IMAGE.test(value))) data.keepAttr = false;
    if (data.attrName === 'id' && HEADING.test(tag)) data.forceKeepAttr = true;
  });
  return (html) => purify.sanitize(html, SANITIZE_CONFIG);
}
