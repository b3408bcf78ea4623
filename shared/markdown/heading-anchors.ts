/**
 * Heading ids with GitHub-style slugs (the ones Jekyll's kramdown GFM input and Hugo's Goldmark
 * produce), made unique with `-1`, `-2` suffixes, so `#links` written in a post work in the preview.
 */
import type MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';

/** Lower case, punctuation dropped, whitespace turned into hyphens; `section` when nothing is left. */
export function slugify(text: string): string {
  const slug = text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
  return slug || 'section';
}

export function headingAnchors(md: MarkdownIt): void {
  md.use(anchor, { slugify, tabIndex: false, uniqueSlugStartIndex: 1 });
}
