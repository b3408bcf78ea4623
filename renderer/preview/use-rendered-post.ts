import { useEffect, useRef, useState } from 'react';
import { postBody } from '../../shared/frontmatter/split';
import type { RenderedBlock } from '../../shared/markdown/render-blocks';
import type { RenderRequest, RenderResult } from './preview-protocol';

export interface RenderedPost {
  /** Null until the first render of the post arrives. */
  blocks: RenderedBlock[] | null;
  words: number;
}

/**
 * Renders the post's body in a worker. One request is in flight at a time; text typed meanwhile
 * is sent as one request when the answer comes, so a slow render never queues up keystrokes.
 */
export function useRenderedPost(text: string, assetBase: string, documentDir: string): RenderedPost {
  const [result, setResult] = useState<RenderedPost>({ blocks: null, words: 0 });
  const channel = useRef<{ worker: Worker; busy: boolean; pending: RenderRequest | null; seq: number } | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { type: 'module' });
    const state = { worker, busy: false, pending: null as RenderRequest | null, seq: 0 };
    channel.current = state;
    worker.onmessage = ({ data }: MessageEvent<RenderResult>) => {
      if (state.pending) {
        worker.postMessage(state.pending);
        state.pending = null;
      } else state.busy = false;
      if (data.seq === state.seq) setResult({ blocks: data.blocks, words: data.words });
    };
    return () => {
      worker.terminate();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    const state = channel.current;
    if (!state) return;
    const request: RenderRequest = { seq: ++state.seq, ...postBody(text), assetBase, documentDir };
    if (state.busy) state.pending = request;
    else {
      state.busy = true;
      state.worker.postMessage(request);
    }
  }, [text, assetBase, documentDir]);

  return result;
}
