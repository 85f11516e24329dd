/**
 * The studio's frame: the type sidebar, tabs of open tables and entities, the command
 * palette (Ctrl/Cmd+K), notices and the status bar. Screens reach the frame through
 * `useShell`, and the vocabulary through `useVocab`.
 */
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { api } from '../api/client';
import { apiVocab } from '../api/api-vocab';
import { useApi } from '../api/useApi';
import { VocabContext, createVocab } from '../api/useVocab';
import { TypeSidebar } from '../features/browse/TypeSidebar';
import { CommandPalette } from './CommandPalette';
import { startType } from '../../shared/first-screen';
import { primeDescriptors } from './first-screen';
import { Notices, useNotices } from './Notices';
import { StatusBar } from './StatusBar';
import { TabBar } from './TabBar';
import { TabContent } from './TabContent';
import { tabKey, tabsReducer, type Tab } from './tabs';
import { useHotkey } from './useHotkey';
import { ShellContext, type Shell } from './useShell';
import { useTheme } from './useTheme';

export function App() {
  const vocab = useMemo(() => {
    const created = createVocab(apiVocab(api()));
    primeDescriptors(created.cache);
    return created;
  }, []);
  // A stored custom type changed: descriptors loaded before describe its previous version.
  useEffect(() => api().on('types.changed', () => vocab.cache.clear()), [vocab]);
  const types = useApi('entities.types', {}, 'types', ['entities.changed']);
  const [state, dispatch] = useReducer(tabsReducer, { tabs: [], active: undefined });
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [tenant, setTenant] = useState<string>();
  const notices = useNotices();
  const theme = useTheme();

  const open = useCallback((tab: Tab) => dispatch({ do: 'open', tab }), []);
  const shell = useMemo<Shell>(
    () => ({
      open,
      close: (key) => dispatch({ do: 'close', key }),
      replace: (key, tab) => dispatch({ do: 'replace', key, tab }),
      notify: notices.push,
      types: types.data ?? [],
      tenant,
    }),
    [open, notices.push, types.data, tenant],
  );

  useHotkey('mod+k', () => setPaletteOpen((o) => !o));
  useHotkey('alt+arrowright', () => dispatch({ do: 'move', by: 1 }));
  useHotkey('alt+arrowleft', () => dispatch({ do: 'move', by: -1 }));

  // At start a type opens (Person where there are people), so the studio never greets with a blank page.
  const first = types.data && startType(types.data)?.type;
  // Opened during the render the types arrive in, not in an effect after it: one commit fewer before the rows.
  const [started, setStarted] = useState(false);
  if (!started && first) {
    setStarted(true);
    dispatch({ do: 'open', tab: { kind: 'table', type: first } });
  }

  const active = state.tabs.find((t) => tabKey(t) === state.active);
  const currentType = active && 'type' in active ? active.type : undefined;

  return (
    <VocabContext.Provider value={vocab}>
      <ShellContext.Provider value={shell}>
        <div className="studio">
          <TypeSidebar
            types={types.data}
            error={types.error}
            selected={currentType}
            onSelect={(type) => open({ kind: 'table', type })}
            tenant={tenant}
            onTenant={setTenant}
            onPalette={() => setPaletteOpen(true)}
          />
          <main className="main" aria-label="Workspace">
            <TabBar state={state} dispatch={dispatch} />
            <TabContent tabs={state.tabs} active={state.active} emptyDatabase={types.data?.length === 0} />
          </main>
          <StatusBar theme={theme.theme} onTheme={theme.cycle} />
          {paletteOpen && <CommandPalette currentType={currentType} onClose={() => setPaletteOpen(false)} onTheme={theme.cycle} />}
          <Notices notices={notices.list} onDismiss={notices.dismiss} />
        </div>
      </ShellContext.Provider>
    </VocabContext.Provider>
  );
}
