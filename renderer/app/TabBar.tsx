/**
 * The tab strip: one tab per open table, entity, trash or view. Arrow keys move between
 * tabs, Delete closes the focused one, and Alt+←/→ switch from anywhere.
 */
import type { Dispatch, KeyboardEvent } from 'react';
import { useEntityRef } from '../api/useEntityRef';
import { shellView } from './views';
import { tabKey, type Tab, type TabAction, type TabsState } from './tabs';

/** The id of a tab's button, which its panel is labelled by. */
export const tabButtonId = (key: string): string => `tab-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
/** The id of a tab's panel. */
export const tabPanelId = (key: string): string => `panel-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export function TabBar(props: { state: TabsState; dispatch: Dispatch<TabAction> }) {
  const tabs = props.state.tabs;
  const active = props.state.active;
  if (tabs.length === 0) return null;

  const onKey = (event: KeyboardEvent<HTMLButtonElement>, key: string, index: number): void => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      props.dispatch({ do: 'close', key });
      return;
    }
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    props.dispatch({ do: 'activate', key: tabKey(next) });
    document.getElementById(tabButtonId(tabKey(next)))?.focus();
  };

  return (
    <div className="tabbar" role="tablist" aria-label="Open tabs">
      {tabs.map((tab, index) => {
        const key = tabKey(tab);
        const selected = key === active;
        return (
          <button
            key={key}
            id={tabButtonId(key)}
            type="button"
            role="tab"
            className="tab"
            aria-selected={selected}
            aria-controls={tabPanelId(key)}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.dispatch({ do: 'activate', key })}
            onAuxClick={(event) => event.button === 1 && props.dispatch({ do: 'close', key })}
            onKeyDown={(event) => onKey(event, key, index)}
          >
            <span className={`tab-icon tab-icon-${tab.kind}`} aria-hidden="true" />
            <TabTitle tab={tab} />
            <span
              className="tab-close"
              aria-hidden="true"
              title="Close (Delete)"
              onClick={(event) => {
                event.stopPropagation();
                props.dispatch({ do: 'close', key });
              }}
            >
              ×
            </span>
          </button>
        );
      })}
    </div>
  );
}

/** A tab's title: the type, the entity's name, or the view's title. */
function TabTitle(props: { tab: Tab }) {
  const tab = props.tab;
  const ref = useEntityRef(tab.kind === 'entity' ? tab.id : undefined, tab.kind === 'entity' ? [tab.type] : []);
  switch (tab.kind) {
    case 'table':
      return <span className="tab-title">{tab.type}</span>;
    case 'entity':
      return <span className="tab-title">{ref?.name ?? tab.id}</span>;
    case 'new':
      return <span className="tab-title">New {tab.type}</span>;
    case 'trash':
      return <span className="tab-title">Trash · {tab.type}</span>;
    case 'view':
      return <span className="tab-title">{shellView(tab.view)?.title ?? tab.view}</span>;
  }
}
