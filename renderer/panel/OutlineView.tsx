import type { OutlineItem } from '../editor/outline';

/** The post's headings, indented by level; choosing one moves the editor there. */
export function OutlineView({ items, onJump }: { items: readonly OutlineItem[]; onJump: (item: OutlineItem) => void }) {
  if (items.length === 0) return <p className="empty">No headings in this post yet.</p>;
  const top = Math.min(...items.map((item) => item.level));
  return (
    <nav aria-label="Outline">
      <ul className="outline">
        {items.map((item) => (
          <li key={`${item.from}`} style={{ paddingLeft: `${(item.level - top) * 14}px` }}>
            <button type="button" className="outline-item" onClick={() => onJump(item)} title={`Line ${item.line}`}>
              {item.text || '(empty heading)'}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
