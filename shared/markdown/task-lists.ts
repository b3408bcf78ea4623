/**
 * GFM task lists: a list item starting with `[ ]` or `[x]` gets a read-only check box. The box
 * is a `<span role="checkbox">`, not an `<input>`, because the sanitizer removes form controls.
 * Classes follow GitHub's (`contains-task-list`, `task-list-item`, `task-list-item-checkbox`).
 */
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const MARKER = /^\[([ xX])\](?=\s|$)/;

function listOpening(tokens: Token[], itemIndex: number): Token | undefined {
  const level = tokens[itemIndex]!.level - 1;
  for (let i = itemIndex - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.level === level && token.nesting === 1) return token;
  }
  return undefined;
}

export function taskLists(md: MarkdownIt): void {
  md.core.ruler.after('text_join', 'pd_task_lists', (state) => {
    const tokens = state.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const inline = tokens[i]!;
      const item = tokens[i - 2]!;
      const first = inline.children?.[0];
      if (inline.type !== 'inline' || tokens[i - 1]!.type !== 'paragraph_open' || item.type !== 'list_item_open') continue;
      const marker = first?.type === 'text' ? MARKER.exec(first.content) : null;
      if (!first || !marker) continue;
      first.content = first.content.slice(marker[0].length);
      const box = new state.Token('pd_task_box', 'span', 0);
      box.meta = { checked: marker[1] !== ' ' };
      inline.children!.unshift(box);
      item.attrJoin('class', 'task-list-item');
      const list = listOpening(tokens, i - 2);
      if (list && !list.attrGet('class')?.includes('contains-task-list')) list.attrJoin('class', 'contains-task-list');
    }
  });
  md.renderer.rules.pd_task_box = (tokens, idx) => {
    const checked = (tokens[idx]!.meta as { checked: boolean }).checked;
    return `<span class="task-list-item-checkbox" role="checkbox" aria-checked="${checked}" aria-disabled="true"></span>`;
  };
}
