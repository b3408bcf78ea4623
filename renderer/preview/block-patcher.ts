/**
 * Puts rendered blocks into the preview, keeping the DOM of every block whose key is unchanged:
 * its images do not reload, it is not sanitized again, and the scroll position holds. Each block
 * lives in a `display: contents` wrapper, so the wrappers do not affect layout.
 */
import { blockLines, type RenderedBlock } from '../../shared/markdown/render-blocks';
import { SOURCE_LINE_ATTR } from '../../shared/markdown/source-lines';

export class BlockPatcher {
  private readonly keys = new WeakMap<Element, string>();

  constructor(
    private readonly root: HTMLElement,
    private readonly sanitize: (html: string) => string,
  ) {}

  apply(blocks: readonly RenderedBlock[]): void {
    const reusable = new Map<string, HTMLElement[]>();
    for (const child of Array.from(this.root.children) as HTMLElement[]) {
      const key = this.keys.get(child);
      if (key === undefined) child.remove();
      else reusable.set(key, [...(reusable.get(key) ?? []), child]);
    }
    let cursor = this.root.firstElementChild;
    for (const block of blocks) {
      const reused = reusable.get(block.key)?.shift();
      const wrapper = reused ?? this.create(block);
      if (reused) this.renumber(reused, block.html);
      if (wrapper === cursor) cursor = cursor.nextElementSibling;
      else this.root.insertBefore(wrapper, cursor);
    }
    for (const left of reusable.values()) for (const wrapper of left) wrapper.remove();
  }

  private create(block: RenderedBlock): HTMLElement {
    const wrapper = document.createElement('div');
    wrapper.className = 'pd-block';
    wrapper.innerHTML = this.sanitize(block.html);
    this.keys.set(wrapper, block.key);
    return wrapper;
  }

  /** A reused block may have moved in the file: give its elements their new source lines. */
  private renumber(wrapper: HTMLElement, html: string): void {
    const lines = blockLines(html);
    wrapper.querySelectorAll(`[${SOURCE_LINE_ATTR}]`).forEach((element, i) => {
      const line = lines[i];
      if (line !== undefined && element.getAttribute(SOURCE_LINE_ATTR) !== line) element.setAttribute(SOURCE_LINE_ATTR, line);
    });
  }
}
