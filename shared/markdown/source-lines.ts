/**
 * Marks every rendered block element with `data-source-line`: the 0-based line of the Markdown
 * source it starts on (markdown-it's `token.map`), so the preview and the editor can scroll each
 * other and a click on a heading can jump to its line. Pass `{ lineOffset }` as the render env
 * when the rendered text starts below line 0 of the file (front matter removed).
 */
import type MarkdownIt from 'markdown-it';

/** The render environment the pipeline understands (markdown-it passes it to every rule). */
export interface PipelineEnv {
  /** Added to every source line: the file line where the rendered body begins. */
  lineOffset?: number;
}

export const SOURCE_LINE_ATTR = 'data-source-line';

export function sourceLines(md: MarkdownIt): void {
  md.core.ruler.push('pd_source_lines', (state) => {
    const env = state.env as PipelineEnv | undefined;
    const offset = typeof env?.lineOffset === 'number' ? env.lineOffset : 0;
    for (const token of state.tokens) {
      if (token.map && token.nesting >= 0 && token.type !== 'inline') {
        token.attrSet(SOURCE_LINE_ATTR, String(token.map[0] + offset));
      }
    }
  });
}
