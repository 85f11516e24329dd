/**
 * The shell's tabs as plain data and a reducer: open tables, entities, new-entity forms,
 * trash views and views other features add (such as Query). Opening a tab that is already
 * open focuses it, so links and the palette never stack duplicates.
 */

/** One open tab. */
export type Tab =
  | { kind: 'table'; type: string }
  | { kind: 'entity'; type: string; id: string }
  | { kind: 'new'; type: string; key: string; seed?: Record<string, unknown> }
  | { kind: 'trash'; type: string }
  /** `fromType`: the type of the table the view was opened from, its starting point (Query starts on it). */
  | { kind: 'view'; view: string; fromType?: string };

/** The tabs and which one is active. */
export interface TabsState {
  tabs: Tab[];
  active: string | undefined;
}

/** What can happen to the tabs. */
export type TabAction =
  | { do: 'open'; tab: Tab }
  | { do: 'close'; key: string }
  | { do: 'activate'; key: string }
  | { do: 'replace'; key: string; tab: Tab }
  | { do: 'move'; by: 1 | -1 };

/** The identity of a tab. */
export function tabKey(tab: Tab): string {
  switch (tab.kind) {
    case 'table':
      return `table:${tab.type}`;
    case 'entity':
      return `entity:${tab.type}:${tab.id}`;
    case 'new':
      return `new:${tab.key}`;
    case 'trash':
      return `trash:${tab.type}`;
    case 'view':
      return `view:${tab.view}`;
  }
}

/** The tabs after an action. */
export function tabsReducer(state: TabsState, action: TabAction): TabsState {
  switch (action.do) {
    case 'open': {
      const key = tabKey(action.tab);
      if (state.tabs.some((t) => tabKey(t) === key)) return { ...state, active: key };
      const at = state.tabs.findIndex((t) => tabKey(t) === state.active);
      const tabs = [...state.tabs];
      tabs.splice(at < 0 ? tabs.length : at + 1, 0, action.tab);
      return { tabs, active: key };
    }
    case 'close': {
      const at = state.tabs.findIndex((t) => tabKey(t) === action.key);
      if (at < 0) return state;
      const tabs = state.tabs.filter((_, i) => i !== at);
      if (state.active !== action.key) return { ...state, tabs };
      const next = tabs[Math.min(at, tabs.length - 1)];
      return { tabs, active: next ? tabKey(next) : undefined };
    }
    case 'activate':
      return state.tabs.some((t) => tabKey(t) === action.key) ? { ...state, active: action.key } : state;
    case 'replace': {
      const tabs = state.tabs.map((t) => (tabKey(t) === action.key ? action.tab : t));
      const replacedKey = tabKey(action.tab);
      // Replacing with a tab that is open elsewhere would duplicate it: keep the first.
      const unique = tabs.filter((t, i) => tabKey(t) !== replacedKey || tabs.findIndex((o) => tabKey(o) === replacedKey) === i);
      return { tabs: unique, active: state.active === action.key ? replacedKey : state.active };
    }
    case 'move': {
      if (state.tabs.length === 0) return state;
      const at = state.tabs.findIndex((t) => tabKey(t) === state.active);
      const next = state.tabs[(at + action.by + state.tabs.length) % state.tabs.length];
      return next ? { ...state, active: tabKey(next) } : state;
    }
  }
}
