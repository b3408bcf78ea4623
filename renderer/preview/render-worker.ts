/**
 * Parses and renders the preview off the main thread, so typing never waits for markdown-it.
 * Sanitizing needs a DOM and stays on the main thread, block by block (see block-patcher.ts).
 */
import type MarkdownIt from 'markdown-it';
import { createMarkdown } from '../../shared/markdown/pipeline';
import { renderBlocks } from '../../shared/markdown/render-blocks';
import { countWords } from '../../shared/text-stats';
import type { RenderRequest, RenderResult } from './preview-protocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<RenderRequest>) => void) | null; postMessage(result: RenderResult): void };

let pipeline: { key: string; md: MarkdownIt } | null = null;

scope.onmessage = ({ data }) => {
  const key = `${data.assetBase}\n${data.documentDir}`;
  if (pipeline?.key !== key) pipeline = { key, md: createMarkdown({ assetBase: data.assetBase, documentDir: data.documentDir }) };
  scope.postMessage({ seq: data.seq, blocks: renderBlocks(pipeline.md, data.body, { lineOffset: data.lineOffset }), words: countWords(data.body) });
};
