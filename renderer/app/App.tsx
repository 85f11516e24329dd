/** The studio's frame: the type sidebar, the open type's table, the status bar. */
import { useEffect, useState } from 'react';
import { useApi } from '../api/useApi';
import { TypeSidebar } from '../features/browse/TypeSidebar';
import { EntityTableView } from '../features/browse/EntityTableView';
import { NewEntityDialog } from '../features/editor/NewEntityDialog';
import { EmptyState } from '../components/EmptyState';
import { StatusBar } from './StatusBar';

/** The type a new store starts with: the first thing most people record. */
const FIRST_TYPE = 'Person';

export function App() {
  const types = useApi('entities.types', {}, 'types', ['entities.changed']);
  const [selected, setSelected] = useState<string | undefined>();
  const [creating, setCreating] = useState<string | undefined>();

  useEffect(() => {
    if (!selected && types.data && types.data.length > 0) setSelected(types.data[0]?.type);
  }, [selected, types.data]);

  const count = types.data?.find((t) => t.type === selected)?.count;

  return (
    <div className="studio">
      <TypeSidebar types={types.data} error={types.error} selected={selected} onSelect={setSelected} />
      <main className="main" aria-label="Entities">
        {selected ? (
          <EntityTableView key={selected} type={selected} count={count} onCreate={() => setCreating(selected)} />
        ) : types.data && types.data.length === 0 ? (
          <EmptyState
            title="No entities yet"
            text="This database is empty. Create a first Person to start; every type you add appears in the sidebar."
            action={`New ${FIRST_TYPE}`}
            onAction={() => setCreating(FIRST_TYPE)}
          />
        ) : null}
      </main>
      <StatusBar />
      {creating && (
        <NewEntityDialog
          type={creating}
          onClose={() => setCreating(undefined)}
          onCreated={(entity) => {
            setCreating(undefined);
            setSelected(entity.$type);
            types.reload();
          }}
        />
      )}
    </div>
  );
}
