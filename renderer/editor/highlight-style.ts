import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags as t } from '@lezer/highlight';

export type ThemeMode = 'light' | 'dark';

/** Code colours per mode (GitHub's palettes); prose styles use the app's CSS variables instead. */
const CODE_COLOURS: Record<ThemeMode, Record<'keyword' | 'string' | 'number' | 'name' | 'type' | 'comment' | 'tag', string>> = {
  light: { keyword: '#cf222e', string: '#0a3069', number: '#0550ae', name: '#8250df', type: '#953800', comment: '#6e7781', tag: '#116329' },
  dark: { keyword: '#ff7b72', string: '#a5d6ff', number: '#79c0ff', name: '#d2a8ff', type: '#ffa657', comment: '#8b949e', tag: '#7ee787' },
};

/**
 * How Markdown, front matter and fenced code look: headings bold and a little larger, marks
 * (`#`, `*`, `---`) softened so the words stand out, links in the accent colour, code coloured.
 */
export function highlightStyle(mode: ThemeMode): Extension {
  const code = CODE_COLOURS[mode];
  return syntaxHighlighting(
    HighlightStyle.define([
      { tag: t.heading1, fontWeight: '700', fontSize: '1.3em' },
      { tag: t.heading2, fontWeight: '700', fontSize: '1.15em' },
      { tag: [t.heading3, t.heading4, t.heading5, t.heading6], fontWeight: '700' },
      { tag: t.strong, fontWeight: '700' },
      { tag: t.emphasis, fontStyle: 'italic' },
      { tag: t.strikethrough, textDecoration: 'line-through' },
      { tag: [t.processingInstruction, t.contentSeparator, t.meta], color: 'var(--fg-soft)' },
      { tag: t.quote, color: 'var(--fg-soft)', fontStyle: 'italic' },
      { tag: t.link, color: 'var(--accent)' },
      { tag: t.url, color: 'var(--fg-soft)', textDecoration: 'underline' },
      { tag: t.monospace, backgroundColor: 'var(--code-bg)', borderRadius: '3px' },
      { tag: [t.keyword, t.operatorKeyword, t.controlKeyword, t.moduleKeyword], color: code.keyword },
      { tag: [t.string, t.special(t.string), t.regexp], color: code.string },
      { tag: [t.number, t.bool, t.atom, t.null, t.propertyName, t.attributeName], color: code.number },
      { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.variableName)], color: code.name },
      { tag: [t.typeName, t.className, t.namespace], color: code.type },
      { tag: [t.comment, t.lineComment, t.blockComment], color: code.comment, fontStyle: 'italic' },
      { tag: [t.tagName, t.angleBracket], color: code.tag },
      { tag: t.invalid, color: 'var(--danger, #cf222e)' },
    ]),
  );
}
