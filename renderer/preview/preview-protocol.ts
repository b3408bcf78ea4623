import type { RenderedBlock } from '../../shared/markdown/render-blocks';

/** What the preview asks of its worker. */
export interface RenderRequest {
  seq: number;
  body: string;
  lineOffset: number;
  assetBase: string;
  documentDir: string;
}

/** The worker's answer for request `seq`. */
export interface RenderResult {
  seq: number;
  blocks: RenderedBlock[];
  words: number;
}
