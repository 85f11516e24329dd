/** The workspace's migrations: applied and pending, with up and down (each after an online backup, all or nothing). */
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { StudioError } from '../../../shared/errors';

export function MigrationsPanel(props: { readOnly: boolean }) {
  const status = useApi('settings.migrations', {}, 'migrations');
  const [message, setMessage] = useState<string | undefined>();
  const s = status.data;
  if (!s) return null;
  if (!s.dir) return <p className="field-hint">Migrations need a workspace folder: open the data with --workspace DIR.</p>;

  const run = async (direction: 'up' | 'down'): Promise<void> => {
    try {
      const result = direction === 'up' ? await api().invoke('settings.migrateUp', {}) : await api().invoke('settings.migrateDown', {});
      const ids = 'applied' in result ? result.applied : result.reverted;
      setMessage(ids.length ? `${direction === 'up' ? 'Applied' : 'Reverted'} ${ids.join(', ')}; backup at ${result.backup}` : 'Nothing to do.');
    } catch (e) {
      setMessage((e as StudioError).message);
    }
    status.reload();
  };

  return (
    <section className="settings-section" aria-label="Migrations">
      <h3>Migrations</h3>
      <p className="field-hint mono">{s.dir}</p>
      <ul className="migration-list">
        {s.applied.map((m) => (
          <li key={m.id}>
            <span className="badge action-create">applied</span> <span className="mono">{m.id}</span> <span className="muted">{new Date(m.appliedAt).toLocaleString()}</span>
          </li>
        ))}
        {s.pending.map((m) => (
          <li key={m.id}>
            <span className="badge badge-warn">pending</span> <span className="mono">{m.id}</span>
          </li>
        ))}
        {s.missing.map((id) => (
          <li key={id}>
            <span className="badge action-delete">file missing</span> <span className="mono">{id}</span>
          </li>
        ))}
      </ul>
      <div className="settings-actions">
        <button type="button" className="btn btn-sm" disabled={props.readOnly || s.pending.length === 0} onClick={() => void run('up')}>
          Apply pending
        </button>
        <button type="button" className="btn btn-sm" disabled={props.readOnly || s.applied.length === 0} onClick={() => void run('down')}>
          Revert last
        </button>
        {message && <span className="muted">{message}</span>}
      </div>
    </section>
  );
}
