/**
 * Puts rendered blocks into the preview, keeping the DOM of every block whose key is unchanged:
 * its images do not reload, it is not sanitized again, and the scroll position holds. Each block
 * lives in a `display: contents` wrapper, so the wrappers do not affect layout.
 */
import { blockLines, type RenderedBlock } from '../../shared/markdown/render-blocks';
import { SOURCE_LINE_ATTR } from '../../shared/markdown/source-lines';

/** Longest stretch of patching before the main thread is given back (a frame's worth). */
const SLICE_MS = 8;
/** New blocks sanitized in one call when a whole post is shown: one parse instead of hundreds. */
const SANITIZE_BATCH = 64;

export class BlockPatcher {
  private readonly keys = new WeakMap<Element, string>();
  /** The exact HTML each wrapper shows, line numbers included: unchanged blocks need no renumbering. */
  private readonly htmls = new WeakMap<Element, string>();
  private run = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly sanitize: (html: string) => string,
  ) {}

  /** Patches everything at once (tests, benchmarks). */
  apply(blocks: readonly RenderedBlock[]): void {
    for (const _ of this.steps(blocks));
  }

  /**
   * Patches in slices of a few milliseconds, yielding to input and paint in between, so opening a
   * huge post never freezes the window. A newer call abandons an older one where it stands.
   */
  async applyInSlices(blocks: readonly RenderedBlock[]): Promise<boolean> {
    const run = ++this.run;
    let sliceStart = performance.now();
    for (const _ of this.steps(blocks)) {
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (run !== this.run) return false;
      sliceStart = performance.now();
    }
    return run === this.run;
  }

  /** One step per block; the DOM is consistent (every child a keyed wrapper) between steps. */
  private *steps(blocks: readonly RenderedBlock[]): Generator<void> {
    const reusable = new Map<string, HTMLElement[]>();
    for (const child of Array.from(this.root.children) as HTMLElement[]) {
      const key = this.keys.get(child);
      if (key === undefined) child.remove();
      else reusable.set(key, [...(reusable.get(key) ?? []), child]);
    }
    // Mostly new content (another post, the first render): build it aside and show it at once,
    // so the page lays out once instead of after every slice.
    const fresh = blocks.filter((block) => !reusable.has(block.key)).length > blocks.length / 2;
    if (fresh) {
      const fragment = document.createDocumentFragment();
      for (let start = 0; start < blocks.length; start += SANITIZE_BATCH) {
        const batch = blocks.slice(start, start + SANITIZE_BATCH);
        const reused = batch.map((block) => reusable.get(block.key)?.shift());
        const created = this.createMany(batch.filter((_, i) => !reused[i]));
        batch.forEach((block, i) => {
          const wrapper = reused[i];
          if (wrapper) this.renumber(wrapper, block.html);
          fragment.append(wrapper ?? (created.shift() as HTMLElement));
        });
        yield;
      }
      this.root.replaceChildren(fragment);
      return;
    }
    const placed = new Set<Element>();
    let cursor = this.root.firstElementChild;
    for (const block of blocks) {
      const reused = reusable.get(block.key)?.shift();
      const wrapper = reused ?? this.create(block);
      if (reused) this.renumber(reused, block.html);
      placed.add(wrapper);
      if (wrapper === cursor) cursor = cursor.nextElementSibling;
      else this.root.insertBefore(wrapper, cursor);
      if (!reused) yield;
    }
    for (const child of Array.from(this.root.children)) if (!placed.has(child)) child.remove();
  }

  /**
   * Wrappers for many blocks from one sanitizer call. Each block's HTML is marked with its index;
   * if sanitizing merged or dropped any (raw HTML left open, say), each is sanitized on its own.
   */
  private createMany(blocks: readonly RenderedBlock[]): HTMLElement[] {
    if (blocks.length < 2) return blocks.map((block) => this.create(block));
    const holder = document.createElement('div');
    holder.innerHTML = this.sanitize(blocks.map((block, i) => `<div class="pd-block" data-pd-batch="${i}">${block.html}</div>`).join(''));
    const wrappers = Array.from(holder.children) as HTMLElement[];
    const intact = wrappers.length === blocks.length && wrappers.every((wrapper, i) => wrapper.tagName === 'DIV' && wrapper.dataset.pdBatch === String(i));
    if (!intact) return blocks.map((block) => this.create(block));
    return wrappers.map((wrapper, i) => {
      const block = blocks[i] as RenderedBlock;
      wrapper.removeAttribute('data-pd-batch');
      this.keys.set(wrapper, block.key);
      this.htmls.set(wrapper, block.html);
      return wrapper;
    });
  }

  private create(block: RenderedBlock): HTMLElement {
    const wrapper = document.createElement('div');
    wrapper.className = 'pd-block';
    wrapper.innerHTML = this.sanitize(block.html);
    this.keys.set(wrapper, block.key);
    this.htmls.set(wrapper, block.html);
    return wrapper;
  }

  /** A reused block may have moved in the file: give its elements their new source lines. */
  private renumber(wrapper: HTMLElement, html: string): void {
    if (this.htmls.get(wrapper) === html) return;
    this.htmls.set(wrapper, html);
    const lines = blockLines(html);
    wrapper.querySelectorAll(`[${SOURCE_LINE_ATTR}]`).forEach((element, i) => {
      const line = lines[i];
      if (line !== undefined && element.getAttribute(SOURCE_LINE_ATTR) !== line) element.setAttribute(SOURCE_LINE_ATTR, line);
    });
  }
}
