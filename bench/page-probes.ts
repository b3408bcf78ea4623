/**
 * The editor benchmark's probes, bundled by editor-bench.ts and evaluated inside the app's page
 * as `window.postdeskBench`: time to open a post, keystroke -> editor and preview painted, and
 * the preview's own steps timed one by one. "Painted" is the first task after the next animation
 * frame: the frame that shows the change has then been produced.
 */
import { createMarkdown } from '../shared/markdown/pipeline';
import { renderBlocks } from '../shared/markdown/render-blocks';
import { BlockPatcher } from '../renderer/preview/block-patcher';
import { sanitizeHtml } from '../renderer/preview/sanitize';

export interface StageTimes {
  /** Rendering block by block (in the app: in the worker). */
  blocks: number[];
  /** Sanitizing changed blocks and patching them in (main thread). */
  patch: number[];
  layout: number[];
  total: number[];
}

export interface StageRequest {
  body: string;
  lineOffset: number;
  assetBase: string;
  documentDir: string;
  runs: number;
}

/** Calls `done` once the frame after now has been produced. */
function afterPaint(done: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
}

const WATCH = { childList: true, subtree: true, characterData: true } as const;

/** Clicks the post list entry titled `title`; resolves to ms until the editor painted `marker`. */
function timeOpen(title: string, marker: string): Promise<number> {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(title));
  if (!button) return Promise.reject(new Error(`no post titled ${title}`));
  return new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.cm-content')?.textContent?.includes(marker)) return;
      observer.disconnect();
      afterPaint(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, WATCH);
    button.click();
  });
}

/** One typed character: when its keydown happened and ms until editor and preview painted it. */
export interface KeySample {
  t0: number;
  editor?: number;
  preview?: number;
}

/**
 * The floor of "painted" in this browser on this machine: from a random moment of an idle page
 * to the end of the next frame, `samples` times.
 */
async function idleFrames(samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
    const start = performance.now();
    await new Promise<void>((resolve) => afterPaint(resolve));
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * Starts recording keystrokes typed into a new paragraph of lower-case letters at the end of the
 * post. A key counts as shown in the preview once the preview's last paragraph is that long.
 */
function recordTyping(): { keys: KeySample[]; stop: () => void } {
  const keys: KeySample[] = [];
  const content = document.querySelector('.cm-content');
  const preview = document.querySelector('[data-testid=preview]');
  if (!content || !preview) throw new Error('no editor or preview');
  const settle = (pending: KeySample[], field: 'editor' | 'preview') =>
    afterPaint(() => {
      const now = performance.now();
      for (const key of pending) key[field] ??= now - key.t0;
    });
  const onKey = (event: KeyboardEvent) => {
    if (/^[a-z]$/.test(event.key)) keys.push({ t0: event.timeStamp });
  };
  const editor = new MutationObserver(() => settle(keys.filter((k) => k.editor === undefined), 'editor'));
  const shown = new MutationObserver(() => {
    // Blocks sit in display: contents wrappers (block-patcher.ts).
    const block = preview.lastElementChild;
    const last = block?.classList.contains('pd-block') ? block.lastElementChild : block;
    const typed = last?.tagName === 'P' && /^[a-z]+$/.test(last.textContent ?? '') ? (last.textContent ?? '').length : 0;
    settle(keys.slice(0, typed).filter((k) => k.preview === undefined), 'preview');
  });
  document.addEventListener('keydown', onKey, true);
  editor.observe(content, WATCH);
  shown.observe(preview, WATCH);
  return {
    keys,
    stop: () => {
      document.removeEventListener('keydown', onKey, true);
      editor.disconnect();
      shown.disconnect();
    },
  };
}

/**
 * The preview's steps for one update, as the app runs them: `blocks` is markdown-it rendering the
 * post block by block (the app does this in a worker, off the main thread); `patch` is the main
 * thread's share: sanitizing the blocks that changed and putting them in place; then layout.
 */
function previewStages({ body, lineOffset, assetBase, documentDir, runs }: StageRequest): StageTimes {
  const md = createMarkdown({ assetBase, documentDir });
  // An off-screen copy of the preview pane, as wide as the real one, so layout costs the same.
  const pane = document.createElement('section');
  pane.className = 'pane preview-pane';
  const width = document.querySelector('.preview-pane')?.clientWidth ?? 600;
  pane.style.cssText = `position:absolute;left:-20000px;top:0;width:${width}px;height:800px;overflow:auto`;
  const article = document.createElement('article');
  article.className = 'preview markdown-body';
  pane.append(article);
  document.body.append(pane);
  const patcher = new BlockPatcher(article, sanitizeHtml);
  const times: StageTimes = { blocks: [], patch: [], layout: [], total: [] };
  try {
    patcher.apply(renderBlocks(md, body, { lineOffset }));
    void article.offsetHeight;
    for (let run = 0; run < runs; run++) {
      const text = `${body}\n${'x'.repeat(run + 1)}\n`;
      const t0 = performance.now();
      const blocks = renderBlocks(md, text, { lineOffset });
      const t1 = performance.now();
      patcher.apply(blocks);
      const t2 = performance.now();
      void article.offsetHeight;
      const t3 = performance.now();
      times.blocks.push(t1 - t0);
      times.patch.push(t2 - t1);
      times.layout.push(t3 - t2);
      times.total.push(t3 - t0);
    }
  } finally {
    pane.remove();
  }
  return times;
}

let typing: ReturnType<typeof recordTyping> | null = null;

/** What the bench calls through page.evaluate. */
export const postdeskBench = {
  timeOpen,
  idleFrames,
  previewStages,
  startTyping: () => void (typing = recordTyping()),
  /** Keys recorded so far; `stop` ends the recording. */
  typed: (stop: boolean): KeySample[] => {
    const keys = typing?.keys.map((k) => ({ ...k })) ?? [];
    if (stop) typing?.stop();
    return keys;
  },
};

(window as unknown as { postdeskBench: typeof postdeskBench }).postdeskBench = postdeskBench;
