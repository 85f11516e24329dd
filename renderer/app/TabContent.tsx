/** The panel of each open tab. Panels stay mounted while hidden so unsaved forms and scroll positions survive tab switches. */
import { useShell } from './useShell';
import { EmptyState } from '../components/EmptyState';
import { EntityTableView } from '../features/browse/EntityTableView';
import { EntityEditor, TrashView } from './lazy-screens';
import { tabButtonId, tabPanelId } from './TabBar';
import { shellView } from './views';
import { tabKey, type Tab } from './tabs';

/** The type a new store starts with: the first thing most people record. */
const FIRST_TYPE = 'Person';

export function TabContent(props: { tabs: Tab[]; active: string | undefined; emptyDatabase: boolean }) {
  const shell = useShell();
  if (props.tabs.length === 0) {
    return props.emptyDatabase ? (
      <EmptyState
        title="No entities yet"
        text="This database is empty. Create a first Person to start; every type you add appears in the sidebar."
        action={`New ${FIRST_TYPE}`}
        onAction={() => shell.open({ kind: 'new', type: FIRST_TYPE, key: `${FIRST_TYPE}-${Date.now()}` })}
      />
    ) : (
      <EmptyState title="Nothing open" text="Pick a type in the sidebar, or press Ctrl+K to jump to a type, an entity or an action." />
    );
  }
  return (
    <>
      {props.tabs.map((tab) => {
        const key = tabKey(tab);
        // Panels load again for another tenant: what they hold belongs to the previous one.
        return (
          <section key={`${key}@${shell.tenant ?? ''}`} id={tabPanelId(key)} role="tabpanel" aria-labelledby={tabButtonId(key)} className="panel" hidden={key !== props.active}>
            <Panel tab={tab} tabKey={key} active={key === props.active} />
          </section>
        );
      })}
    </>
  );
}

function Panel(props: { tab: Tab; tabKey: string; active: boolean }) {
  const tab = props.tab;
  switch (tab.kind) {
    case 'table':
      return <EntityTableView type={tab.type} />;
    case 'entity':
      return <EntityEditor type={tab.type} id={tab.id} tabKey={props.tabKey} active={props.active} />;
    case 'new':
      return <EntityEditor type={tab.type} seed={tab.seed} tabKey={props.tabKey} active={props.active} />;
    case 'trash':
      return <TrashView type={tab.type} />;
    case 'view':
      return <>{shellView(tab.view)?.render({ fromType: tab.fromType }) ?? <EmptyState title="View not available" text={`No view named ${tab.view} is installed.`} />}</>;
  }
}
