/** What retention would remove now (a dry run), with a button to run it. */
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { StudioError } from '../../../shared/errors';

export function RetentionPreview(props: { type: string; readOnly: boolean; rulesKey: string }) {
  const preview = useApi('settings.retentionPreview', { type: props.type }, `retention/${props.type}/${props.rulesKey}`, ['entities.changed']);
  const [message, setMessage] = useState<string | undefined>();
  const rules = preview.data ?? [];
  if (rules.length === 0) return null;
  const due = rules.reduce((n, r) => n + r.count, 0);

  const sweep = async (): Promise<void> => {
    try {
      const result = await api().invoke('settings.retentionSweep', { type: props.type });
      setMessage(`Removed ${result.reduce((n, r) => n + r.removed, 0)} (each one is in the audit trail).`);
      preview.reload();
    } catch (e) {
      setMessage((e as StudioError).message);
    }
  };

  return (
    <section className="settings-section" aria-label="Retention preview">
      <h3>Due for removal</h3>
      <table className="settings-table">
        <tbody>
          {rules.map((r) => (
            <tr key={r.rule}>
              <th scope="row">{r.rule}</th>
              <td>{r.count}</td>
              <td className="muted">{r.sample.map((s) => s.label).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="settings-actions">
        <button type="button" className="btn btn-sm" disabled={props.readOnly || due === 0} onClick={() => void sweep()}>
          Run retention now
        </button>
        {message && <span className="muted">{message}</span>}
      </div>
    </section>
  );
}
