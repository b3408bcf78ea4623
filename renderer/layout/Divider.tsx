import type { PointerEvent as ReactPointerEvent } from 'react';

interface Props {
  label: string;
  /** The size the divider controls, read when a drag begins. */
  value: number;
  /** Turns the starting value and the pointer's horizontal movement into the new value. */
  resize: (start: number, deltaX: number) => void;
}

/** A vertical splitter between two panes, dragged with the pointer. */
export function Divider({ label, value, resize }: Props) {
  const begin = (event: ReactPointerEvent<HTMLDivElement>) => {
    const startX = event.clientX;
    const start = value;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => resize(start, e.clientX - startX);
    const end = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', end);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', end);
  };
  return <div className="divider" role="separator" aria-orientation="vertical" aria-label={label} onPointerDown={begin} />;
}
