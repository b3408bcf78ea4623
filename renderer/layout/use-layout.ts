import { useCallback, useEffect, useState } from 'react';

/** Pane sizes and visibility, remembered across starts. */
export interface Layout {
  sidebarWidth: number;
  /** Share of the editor+preview width given to the editor, 0.2–0.8. */
  editorShare: number;
  sidebarOpen: boolean;
  previewOpen: boolean;
  panelOpen: boolean;
  panelWidth: number;
}

const KEY = 'postdesk.layout.v1';
/** The details panel starts open only where it leaves the editor and the preview room to breathe. */
const WIDE_ENOUGH_FOR_PANEL = 1600;
export const DEFAULT_LAYOUT: Layout = {
  sidebarWidth: 280,
  editorShare: 0.5,
  sidebarOpen: true,
  previewOpen: true,
  panelOpen: typeof window === 'undefined' || window.innerWidth >= WIDE_ENOUGH_FOR_PANEL,
  panelWidth: 320,
};

/** Reads a stored layout, keeping only well-formed values within bounds. */
export function parseLayout(stored: string | null): Layout {
  let raw: Partial<Record<keyof Layout, unknown>> = {};
  try {
    raw = stored ? (JSON.parse(stored) as typeof raw) : {};
  } catch {
    raw = {};
  }
  const num = (value: unknown, min: number, max: number, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback);
  const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  return {
    sidebarWidth: num(raw.sidebarWidth, 180, 600, DEFAULT_LAYOUT.sidebarWidth),
    editorShare: num(raw.editorShare, 0.2, 0.8, DEFAULT_LAYOUT.editorShare),
    sidebarOpen: bool(raw.sidebarOpen, DEFAULT_LAYOUT.sidebarOpen),
    previewOpen: bool(raw.previewOpen, DEFAULT_LAYOUT.previewOpen),
    panelOpen: bool(raw.panelOpen, DEFAULT_LAYOUT.panelOpen),
    panelWidth: num(raw.panelWidth, 240, 640, DEFAULT_LAYOUT.panelWidth),
  };
}

export function useLayout(): [Layout, (change: Partial<Layout>) => void] {
  const [layout, setLayout] = useState(() => parseLayout(localStorage.getItem(KEY)));
  useEffect(() => {
    localStorage.setItem(KEY, JSON.stringify(layout));
  }, [layout]);
  const update = useCallback((change: Partial<Layout>) => setLayout((current) => parseLayout(JSON.stringify({ ...current, ...change }))), []);
  return [layout, update];
}
