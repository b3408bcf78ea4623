/**
 * The markdown-it pipeline shared by the live preview and `postdesk render`, so both show the
 * same HTML. Output is unsanitized: each side runs it through the sanitizer built from
 * `sanitize-config.ts` before use. Pass a `PipelineEnv` as the render env to offset source lines.
 */
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { codeFence } from './code-fence';
import { headingAnchors } from './heading-anchors';
import { resolveUrls, type UrlBase } from './resolve-urls';
import { sourceLines } from './source-lines';
import { taskLists } from './task-lists';
import { templatePlaceholders } from './template-placeholders';

export type { PipelineEnv } from './source-lines';

export type PipelineOptions = Partial<UrlBase>;

// @types/markdown-it-footnote is written against the CommonJS typings of markdown-it; same plugin.
const footnotes = footnote as unknown as PluginSimple;

export function createMarkdown(options: PipelineOptions = {}): MarkdownIt {
  return new MarkdownIt({ html: true, linkify: true, typographer: false })
    .use(templatePlaceholders)
    .use(codeFence)
    .use(taskLists)
    .use(footnotes)
    .use(headingAnchors)
    .use(resolveUrls, { assetBase: options.assetBase ?? '', documentDir: options.documentDir })
    .use(sourceLines);
}
