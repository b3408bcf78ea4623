import { useState, type ReactNode } from 'react';

export type PanelTab = 'front-matter' | 'outline';

interface Props {
  frontMatter: ReactNode;
  outline: ReactNode;
}

/** The panel beside the editor: the front-matter form or the outline. */
export function SidePanel({ frontMatter, outline }: Props) {
  const [tab, setTab] = useState<PanelTab>('front-matter');
  return (
    <aside className="side-panel" aria-label="Post details">
      <div className="panel-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'front-matter'} onClick={() => setTab('front-matter')}>
          Front matter
        </button>
        <button type="button" role="tab" aria-selected={tab === 'outline'} onClick={() => setTab('outline')}>
          Outline
        </button>
      </div>
      <div className="panel-body" role="tabpanel">
        {tab === 'front-matter' ? frontMatter : outline}
      </div>
    </aside>
  );
}
