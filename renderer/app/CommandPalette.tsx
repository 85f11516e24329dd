/**
 * The command palette (Ctrl/Cmd+K): jump to a type, to an entity by name or `$id`, or run an
 * action. A combobox over a listbox; ↑/↓ move, Enter runs, Escape closes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { shellViews } from './views';
import { orderSections, rankItems, type PaletteItem } from './palette';
import { useShell } from './useShell';
import { useEntityHits } from './useEntityHits';

export function CommandPalette(props: { currentType: string | undefined; onClose: () => void; onTheme: () => void }) {
  const shell = useShell();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const hits = useEntityHits(query);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const items = useMemo(() => {
    const base: PaletteItem[] = [];
    for (const t of shell.types) {
      base.push({ id: `type:${t.type}`, label: t.type, section: 'Types', hint: `${t.count.toLocaleString()} entities`, run: () => shell.open({ kind: 'table', type: t.type }) });
      base.push({ id: `new:${t.type}`, label: `New ${t.type}`, section: 'Actions', keywords: 'create add', run: () => shell.open({ kind: 'new', type: t.type, key: `${t.type}-${Date.now()}` }) });
      base.push({ id: `trash:${t.type}`, label: `Trash of ${t.type}`, section: 'Actions', keywords: 'deleted restore', run: () => shell.open({ kind: 'trash', type: t.type }) });
    }
    if (props.currentType && !shell.types.some((t) => t.type === props.currentType)) {
      base.push({ id: `new:${props.currentType}`, label: `New ${props.currentType}`, section: 'Actions', run: () => shell.open({ kind: 'new', type: props.currentType as string, key: `${props.currentType}-${Date.now()}` }) });
    }
    for (const view of shellViews()) {
      base.push({ id: `view:${view.id}`, label: `Open ${view.title}`, section: 'Actions', keywords: view.keywords, run: () => shell.open({ kind: 'view', view: view.id, ...(props.currentType ? { fromType: props.currentType } : {}) }) });
    }
    base.push({ id: 'theme', label: 'Switch theme', section: 'Actions', keywords: 'dark light system appearance', hint: 'system → light → dark', run: props.onTheme });
    const ranked = rankItems(base, query, query ? 12 : 40);
    const entities: PaletteItem[] = hits.map((h) => ({
      id: `entity:${h.type}:${h.id}`,
      label: h.name,
      section: 'Entities',
      hint: `${h.type} · ${h.id}`,
      run: () => shell.open({ kind: 'entity', type: h.type, id: h.id }),
    }));
    return orderSections(ranked, entities, query);
  }, [shell, props.currentType, props.onTheme, query, hits]);

  useEffect(() => setCursor(0), [query]);
  const safe = Math.min(cursor, Math.max(items.length - 1, 0));

  const run = (item: PaletteItem | undefined): void => {
    if (!item) return;
    props.onClose();
    item.run();
  };

  const onKey = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setCursor((safe + step + items.length) % Math.max(items.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(items[safe]);
    }
  };

  useEffect(() => {
    document.getElementById(`palette-opt-${safe}`)?.scrollIntoView({ block: 'nearest' });
  }, [safe]);

  let lastSection = '';
  return (
    <dialog ref={dialog} className="modal palette" aria-label="Command palette" onClose={props.onClose} onCancel={props.onClose}>
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={items.length ? `palette-opt-${safe}` : undefined}
        aria-label="Search types, entities and actions"
        placeholder="Jump to a type, an entity by name or $id, or an action…"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKey}
      />
      <ul id="palette-list" role="listbox" className="palette-list" aria-label="Results">
        {items.map((item, index) => {
          const header = item.section !== lastSection ? item.section : undefined;
          lastSection = item.section;
          return (
            <li
              key={item.id}
              id={`palette-opt-${index}`}
              role="option"
              aria-selected={index === safe}
              className={`palette-item ${header ? 'palette-first' : ''}`}
              data-section={header}
              onMouseEnter={() => setCursor(index)}
              onClick={() => run(item)}
            >
              <span className="palette-label">{item.label}</span>
              {item.hint && <span className="palette-hint">{item.hint}</span>}
            </li>
          );
        })}
        {items.length === 0 && <li className="palette-empty" role="presentation">Nothing matches “{query}”.</li>}
      </ul>
    </dialog>
  );
}
