import DOMPurify from 'dompurify';

/** Raw HTML in posts is allowed, but nothing that runs code, submits, frames or navigates. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link', 'style'],
    FORBID_ATTR: ['formaction', 'action', 'srcdoc', 'ping'],
  });
}
