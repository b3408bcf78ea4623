import DOMPurify from 'dompurify';
import { createSanitizer } from '../../shared/markdown/sanitize-config';

/** The preview's sanitizer: the policy shared with `postdesk render`, on the browser's DOMPurify. */
export const sanitizeHtml: (html: string) => string = createSanitizer(DOMPurify);
