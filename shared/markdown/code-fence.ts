/**
 * Renders fenced code (and Liquid/Hugo highlight blocks, which become fence tokens) as
 * `<pre class="hljs" …><code class="language-x">`. Unlike markdown-it's default, the token's
 * attributes (such as `data-source-line`) go on the `<pre>`, the block element scroll sync needs.
 */
import type MarkdownIt from 'markdown-it';
import { highlightCode } from './highlight';

export function codeFence(md: MarkdownIt): void {
  const { escapeHtml, unescapeAll } = md.utils;
  md.renderer.rules.fence = (tokens, idx, _options, _env, self) => {
    const token = tokens[idx]!;
    const language = unescapeAll(token.info).trim().split(/\s+/)[0] ?? '';
    const code = highlightCode(token.content, language) ?? escapeHtml(token.content);
    const codeClass = language ? ` class="language-${escapeHtml(language)}"` : '';
    return `<pre class="hljs"${self.renderAttrs(token)}><code${codeClass}>${code}</code></pre>\n`;
  };
}
