/**
 * Heading ids with GitHub-style slugs (the ones Jekyll's kramdown GFM input and Hugo's Goldmark
 * produce), made unique with `-1`, `-2` suffixes, so `#links` written in a post work in the preview.
 * Our own rule rather than markdown-it-anchor: that plugin rescans the token list for every heading,
 * which is quadratic on long posts the live preview renders on every keystroke.
 */
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** Lower case, punctuation dropped, whitespace turned into hyphens; `section` when nothing is left. */
export function slugify(text: string): string {
  const slug = text.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
  return slug || 'section';
}

function headingText(inline: Token | undefined): string {
  let text = '';
  for (const child of inline?.children ?? []) if (child.type === 'text' || child.type === 'code_inline') text += child.content;
  return text;
}

export function headingAnchors(md: MarkdownIt): void {
  md.core.ruler.push('pd_heading_anchors', (state) => {
    const used = new Set<string>();
    /** Next suffix to try per slug, so many equal headings stay linear. */
    const nextSuffix = new Map<string, number>();
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return;
      const slug = slugify(headingText(state.tokens[index + 1]));
      let suffix = nextSuffix.get(slug) ?? 0;
      let id = suffix === 0 ? slug : `${slug}-${suffix}`;
      while (used.has(id)) id = `${slug}-${++suffix}`;
      nextSuffix.set(slug, suffix + 1);
      used.add(id);
      token.attrSet('id', id);
    });
  });
}
