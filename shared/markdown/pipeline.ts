/**
 * The markdown-it pipeline shared by the live preview and `postdesk render`, so both show the
 * same HTML. Output is unsanitized: each side runs it through DOMPurify before use.
 */
import MarkdownIt from 'markdown-it';

export interface PipelineOptions {
  /** Prefix that relative image and link URLs are resolved against (the asset protocol). */
  assetBase?: string;
}

export function createMarkdown(_options: PipelineOptions = {}): MarkdownIt {
  return new MarkdownIt({ html: true, linkify: true, typographer: false });
}
