/**
 * Recognizes the template syntax static-site generators leave in posts: Liquid tags `{% … %}` and
 * output `{{ … }}` (Jekyll), Hugo shortcodes `{{< … >}}` and `{{% … %}}`. Hugo's escaped form
 * (`{{<` slash-star … star-slash `>}}`) stands for the literal shortcode text.
 */

export type TemplateKind = 'liquid-tag' | 'liquid-output' | 'shortcode' | 'literal';

export interface TemplateTag {
  kind: TemplateKind;
  /** The tag or shortcode name (`include`, `figure`, `/figure`); empty for Liquid output. */
  name: string;
  /** The words after the name (`ruby linenos` in `{% highlight ruby linenos %}`). */
  args: string;
  /** What the preview shows: the source text, or for an escaped shortcode the unescaped text. */
  text: string;
  /** Offset just past the closing delimiter. */
  end: number;
}

const DELIMITERS: { open: string; close: string; kind: TemplateKind }[] = [
  { open: '{{<', close: '>}}', kind: 'shortcode' },
  { open: '{{%', close: '%}}', kind: 'shortcode' },
  { open: '{%', close: '%}', kind: 'liquid-tag' },
  { open: '{{', close: '}}', kind: 'liquid-output' },
];

const ESCAPED_SHORTCODE = /^(\s*)\/\*([\s\S]*)\*\/(\s*)$/;

/** The template tag starting at `pos` and ending before `max`, or null. */
export function matchTemplateTag(src: string, pos: number, max = src.length): TemplateTag | null {
  if (src.charCodeAt(pos) !== 0x7b /* { */) return null;
  const delimiters = DELIMITERS.find((d) => src.startsWith(d.open, pos));
  if (!delimiters) return null;
  const { open, close, kind } = delimiters;
  const closeAt = src.indexOf(close, pos + open.length);
  if (closeAt < 0 || closeAt + close.length > max) return null;
  const inner = src.slice(pos + open.length, closeAt);
  // A second opener before the closer means the first brace was prose, not a tag.
  if (inner.includes(open)) return null;
  const end = closeAt + close.length;
  const escaped = kind === 'shortcode' ? ESCAPED_SHORTCODE.exec(inner) : null;
  if (escaped) return { kind: 'literal', name: '', args: '', text: `${open}${escaped[1]}${escaped[2]}${escaped[3]}${close}`, end };
  const words = inner.replace(/^-|-$/g, '').trim();
  const split = kind === 'liquid-output' ? -1 : words.search(/\s|$/);
  const name = split < 0 ? '' : words.slice(0, split);
  return { kind, name, args: words.slice(split + 1).trim(), text: src.slice(pos, end), end };
}

/** A line holding only the closing tag of a Liquid `{% name %}` block or a paired Hugo shortcode. */
export function closingLinePattern(tag: TemplateTag): RegExp {
  const name = tag.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const closing = tag.kind === 'liquid-tag' ? `\\{%-?\\s*end${name}\\s*-?%\\}` : `\\{\\{[<%]\\s*/\\s*${name}\\s*[>%]\\}\\}`;
  return new RegExp(`^${closing}\\s*$`);
}
