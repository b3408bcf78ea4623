import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, parseLayout } from './use-layout';

describe('parseLayout', () => {
  it('falls back to the defaults for nothing stored or garbage', () => {
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('{not json')).toEqual(DEFAULT_LAYOUT);
  });
  it('keeps stored values and clamps sizes into a usable range', () => {
    const layout = parseLayout(JSON.stringify({ sidebarWidth: 5000, editorShare: 0.6, previewOpen: false, panelWidth: 'wide' }));
    expect(layout).toMatchObject({ sidebarWidth: 600, editorShare: 0.6, previewOpen: false, panelWidth: DEFAULT_LAYOUT.panelWidth });
  });
});
