import { describe, expect, it } from 'vitest';
import { tabKey, tabsReducer, type TabsState } from './tabs';

const empty: TabsState = { tabs: [], active: undefined };

describe('tabsReducer', () => {
  it('opens a tab once and focuses it again', () => {
    let s = tabsReducer(empty, { do: 'open', tab: { kind: 'table', type: 'Person' } });
    s = tabsReducer(s, { do: 'open', tab: { kind: 'entity', type: 'Person', id: 'p1' } });
    s = tabsReducer(s, { do: 'open', tab: { kind: 'table', type: 'Person' } });
    expect(s.tabs).toHaveLength(2);
    expect(s.active).toBe('table:Person');
  });

  it('opens next to the active tab and closes to a neighbour', () => {
    let s = tabsReducer(empty, { do: 'open', tab: { kind: 'table', type: 'A' } });
    s = tabsReducer(s, { do: 'open', tab: { kind: 'table', type: 'B' } });
    s = tabsReducer(s, { do: 'activate', key: 'table:A' });
    s = tabsReducer(s, { do: 'open', tab: { kind: 'table', type: 'C' } });
    expect(s.tabs.map(tabKey)).toEqual(['table:A', 'table:C', 'table:B']);
    s = tabsReducer(s, { do: 'close', key: 'table:C' });
    expect(s.active).toBe('table:B');
  });

  it('turns a new-entity tab into the created entity', () => {
    let s = tabsReducer(empty, { do: 'open', tab: { kind: 'new', type: 'Person', key: 'n1' } });
    s = tabsReducer(s, { do: 'replace', key: 'new:n1', tab: { kind: 'entity', type: 'Person', id: 'p9' } });
    expect(s.tabs.map(tabKey)).toEqual(['entity:Person:p9']);
    expect(s.active).toBe('entity:Person:p9');
  });

  it('cycles through tabs', () => {
    let s = tabsReducer(empty, { do: 'open', tab: { kind: 'table', type: 'A' } });
    s = tabsReducer(s, { do: 'open', tab: { kind: 'table', type: 'B' } });
    s = tabsReducer(s, { do: 'move', by: 1 });
    expect(s.active).toBe('table:A');
  });
});
