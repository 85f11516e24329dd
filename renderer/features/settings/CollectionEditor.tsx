/** Edits one collection's settings: personal-data and encrypted fields, retention, cache, indexes, soft delete. */
import { useState } from 'react';
import { api } from '../../api/client';
import { useShell } from '../../app/useShell';
import type { Output } from '../../../shared/contract';
import type { StudioError } from '../../../shared/errors';
import { PII_KINDS, type PiiKind } from '../../../shared/governance/masking';
import { fromForm, toForm, type SettingsForm } from './settings-form';

type View = Output<'settings.collection'>;

export function CollectionEditor(props: { view: View; readOnly: boolean; onSaved: (view: View) => void }) {
  const shell = useShell();
  const [form, setForm] = useState<SettingsForm>(() => toForm(props.view.settings, props.view.pii));
  const [error, setError] = useState<string | undefined>();
  const set = (change: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...change }));
  const t = props.view.type;

  const save = async (): Promise<void> => {
    setError(undefined);
    try {
      const saved = await api().invoke('settings.saveCollection', { type: t, settings: fromForm(form, props.view.settings) });
      props.onSaved(saved);
      shell.notify({ text: `Settings of ${t} saved` });
    } catch (e) {
      setError((e as StudioError).message);
    }
  };

  return (
    <form
      className="settings-form"
      aria-label={`Settings of ${t}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset disabled={props.readOnly}>
        <legend>Personal data</legend>
        <p className="field-hint">Masked wherever shown unless revealed for a reason; encrypted fields are stored encrypted and found by equality only.</p>
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Masked as</th>
              <th scope="col">Encrypted</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {form.pii.map((row, i) => (
              <tr key={i}>
                <td>
                  <input className="input input-sm" aria-label="Field name" value={row.field} onChange={(e) => set({ pii: form.pii.map((r, j) => (j === i ? { ...r, field: e.target.value } : r)) })} />
                </td>
                <td>
                  <select className="input input-sm" aria-label={`Masking of ${row.field || 'field'}`} value={row.kind} onChange={(e) => set({ pii: form.pii.map((r, j) => (j === i ? { ...r, kind: e.target.value as PiiKind } : r)) })}>
                    {PII_KINDS.map((k) => (
                      <option key={k}>{k}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <input type="checkbox" aria-label={`Encrypt ${row.field || 'field'}`} checked={row.encrypted} onChange={(e) => set({ pii: form.pii.map((r, j) => (j === i ? { ...r, encrypted: e.target.checked } : r)) })} />
                </td>
                <td>
                  <button type="button" className="icon-btn" aria-label={`Remove ${row.field || 'field'}`} onClick={() => set({ pii: form.pii.filter((_, j) => j !== i) })}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="btn btn-sm" onClick={() => set({ pii: [...form.pii, { field: '', kind: 'text', encrypted: false }] })}>
          Add field
        </button>
      </fieldset>

      <fieldset disabled={props.readOnly}>
        <legend>Retention</legend>
        <label className="check">
          <input type="checkbox" checked={form.retention.enabled} onChange={(e) => set({ retention: { ...form.retention, enabled: e.target.checked } })} /> Remove entities after a period
        </label>
        {form.retention.enabled && (
          <div className="settings-row">
            <label>
              Keep for <input className="input input-sm input-narrow" value={form.retention.duration} onChange={(e) => set({ retention: { ...form.retention, duration: e.target.value } })} />
            </label>
            <label>
              counted from <input className="input input-sm input-narrow" value={form.retention.field} onChange={(e) => set({ retention: { ...form.retention, field: e.target.value } })} />
            </label>
            <label>
              then{' '}
              <select className="input input-sm input-narrow" value={form.retention.action} onChange={(e) => set({ retention: { ...form.retention, action: e.target.value as SettingsForm['retention']['action'] } })}>
                <option value="delete">delete</option>
                <option value="soft-delete">move to trash</option>
                <option value="archive">archive</option>
              </select>
            </label>
          </div>
        )}
      </fieldset>

      <fieldset disabled={props.readOnly}>
        <legend>Cache</legend>
        <label className="check">
          <input type="checkbox" checked={form.cache.enabled} onChange={(e) => set({ cache: { ...form.cache, enabled: e.target.checked } })} /> Cache reads
        </label>
        {form.cache.enabled && (
          <div className="settings-row">
            <label>
              Fresh for <input className="input input-sm input-narrow" inputMode="numeric" value={form.cache.ttl} onChange={(e) => set({ cache: { ...form.cache, ttl: e.target.value } })} /> s
            </label>
            <label>
              also cleared by writes to <input className="input input-sm" placeholder="Organization, Offer" value={form.cache.invalidateOn} onChange={(e) => set({ cache: { ...form.cache, invalidateOn: e.target.value } })} />
            </label>
          </div>
        )}
      </fieldset>

      <fieldset disabled={props.readOnly}>
        <legend>Indexes</legend>
        {form.indexes.map((ix, i) => (
          <div key={i} className="settings-row">
            <input className="input input-sm" aria-label="Indexed fields" placeholder="email, or worksFor.name" value={ix.fields} onChange={(e) => set({ indexes: form.indexes.map((x, j) => (j === i ? { ...x, fields: e.target.value } : x)) })} />
            <label className="check">
              <input type="checkbox" checked={ix.unique} onChange={(e) => set({ indexes: form.indexes.map((x, j) => (j === i ? { ...x, unique: e.target.checked } : x)) })} /> unique
            </label>
            <label>
              expire after <input className="input input-sm input-narrow" inputMode="numeric" placeholder="seconds" value={ix.ttl} onChange={(e) => set({ indexes: form.indexes.map((x, j) => (j === i ? { ...x, ttl: e.target.value } : x)) })} />
            </label>
            <button type="button" className="icon-btn" aria-label="Remove index" onClick={() => set({ indexes: form.indexes.filter((_, j) => j !== i) })}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-sm" onClick={() => set({ indexes: [...form.indexes, { fields: '', unique: false, ttl: '' }] })}>
          Add index
        </button>
        <label className="check">
          <input type="checkbox" checked={form.softDelete} onChange={(e) => set({ softDelete: e.target.checked })} /> Deleting moves entities to the trash
        </label>
      </fieldset>

      {props.view.hooks.length > 0 && <p className="field-hint">Hooks from the configuration file: {props.view.hooks.join(', ')}.</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="settings-actions">
        <button type="submit" className="btn btn-primary" disabled={props.readOnly}>
          Save settings
        </button>
      </div>
    </form>
  );
}
