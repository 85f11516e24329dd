/**
 * The vocabulary browser: schema.org and custom types, NAICS industries and O*NET occupations,
 * each a search and a lazily opened tree beside the chosen entry. A section mounts on first
 * visit and stays mounted, so switching back keeps its place.
 */
import { useId, useState, type ReactNode } from 'react';
import { NaicsBrowser } from './NaicsBrowser';
import { OnetBrowser } from './OnetBrowser';
import { TypesBrowser } from './TypesBrowser';

type Section = 'types' | 'naics' | 'onet';
const SECTIONS: Array<{ id: Section; label: string; render: () => ReactNode }> = [
  { id: 'types', label: 'Types', render: () => <TypesBrowser /> },
  { id: 'naics', label: 'Industries (NAICS)', render: () => <NaicsBrowser /> },
  { id: 'onet', label: 'Occupations (O*NET)', render: () => <OnetBrowser /> },
];

export function VocabularyView() {
  const prefix = useId();
  const [section, setSection] = useState<Section>('types');
  const [visited, setVisited] = useState<ReadonlySet<Section>>(new Set(['types']));
  const show = (id: Section) => {
    setSection(id);
    setVisited((v) => new Set(v).add(id));
  };
  // ←/→ move between the sections (the ARIA tabs pattern).
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const at = SECTIONS.findIndex((s) => s.id === section);
    const next = SECTIONS[(at + (event.key === 'ArrowRight' ? 1 : -1) + SECTIONS.length) % SECTIONS.length];
    if (!next) return;
    show(next.id);
    document.getElementById(`${prefix}-tab-${next.id}`)?.focus();
  };

  return (
    <div className="view vb">
      <div className="toolbar">
        <h1>Vocabulary</h1>
        <div className="vb-seg" role="tablist" aria-label="Vocabularies" onKeyDown={onKeyDown}>
          {SECTIONS.map((s) => (
            <button
              key={s.id}
              id={`${prefix}-tab-${s.id}`}
              type="button"
              role="tab"
              tabIndex={section === s.id ? 0 : -1}
              aria-selected={section === s.id}
              aria-controls={`${prefix}-panel-${s.id}`}
              className={`vb-seg-btn${section === s.id ? ' on' : ''}`}
              onClick={() => show(s.id)}
            >
              {s.label}
            </button>
          ))}
        </div>
      </div>
      {SECTIONS.map((s) => (
        <div key={s.id} id={`${prefix}-panel-${s.id}`} role="tabpanel" aria-labelledby={`${prefix}-tab-${s.id}`} className="vb-panel" hidden={section !== s.id}>
          {visited.has(s.id) && s.render()}
        </div>
      ))}
    </div>
  );
}
