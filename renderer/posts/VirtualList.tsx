import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  label: string;
  /** Rows rendered beyond the visible ones, so fast scrolling shows no gaps. */
  overscan?: number;
}

/** A list that renders only the rows in view, so ten thousand posts scroll as smoothly as ten. */
export function VirtualList<T>({ items, rowHeight, itemKey, renderItem, label, overscan = 8 }: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewport({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  const first = Math.max(0, Math.floor(viewport.top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((viewport.top + viewport.height) / rowHeight) + overscan);
  return (
    <div className="virtual-list" ref={scroller}>
      <ul aria-label={label} style={{ height: items.length * rowHeight, position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
        {items.slice(first, last).map((item, i) => (
          <li key={itemKey(item)} style={{ position: 'absolute', top: (first + i) * rowHeight, height: rowHeight, left: 0, right: 0 }}>
            {renderItem(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
