/** What can be done to the selected rows at once: set one field on all of them, or delete them (with undo). */
import { useState } from 'react';
import type { TypeDescriptor } from '../../../shared/vocab/descriptor';
import { api } from '../../api/client';
import { useShell } from '../../app/useShell';
import { Modal } from '../../components/Modal';
import { ModalActions } from '../../components/ModalActions';
import { humanize } from '../../lib/labels';
import { fieldSpec } from '../editor/field-specs';
import { inlineKind, inlineValue } from './inline-value';

export function BulkBar(props: { type: string; ids: string[]; descriptor: TypeDescriptor | undefined; onDone: () => void; onClear: () => void }) {
  const shell = useShell();
  const [path, setPath] = useState('');
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const settable = (props.descriptor?.properties ?? []).filter((p) => !p.superseded && inlineKind(p.name, p, undefined));
  const chosen = settable.find((p) => p.name === path);
  const n = props.ids.length;

  const setField = async (): Promise<void> => {
    if (!chosen) return;
    const kind = inlineKind(chosen.name, chosen, undefined);
    const value = kind ? inlineValue(kind, text) : text;
    if (value instanceof Error) return shell.notify({ tone: 'error', text: value.message });
    setBusy(true);
    try {
      const { count } = await api().invoke('entities.setField', { type: props.type, ids: props.ids, path: chosen.name, value: value ?? null });
      shell.notify({ text: `${humanize(chosen.name)} set on ${count} ${count === 1 ? 'entity' : 'entities'}` });
      props.onDone();
    } catch (error) {
      shell.notify({ tone: 'error', text: `Nothing changed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    const ids = props.ids;
    try {
      const { count } = await api().invoke('entities.deleteMany', { type: props.type, ids });
      shell.notify({
        text: `Deleted ${count} ${count === 1 ? 'entity' : 'entities'}`,
        action: { label: 'Undo', run: () => void Promise.all(ids.map((id) => api().invoke('entities.restore', { type: props.type, id }).catch(() => undefined))) },
      });
      props.onDone();
    } catch (error) {
      shell.notify({ tone: 'error', text: `Nothing deleted: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bulkbar" role="region" aria-label="Selected rows">
      <strong>{n.toLocaleString()} selected</strong>
      <span className="bulk-sep" aria-hidden="true" />
      <label className="sr-only" htmlFor="bulk-field">
        Field to set
      </label>
      <select id="bulk-field" className="input input-sm" value={path} onChange={(e) => setPath(e.target.value)}>
        <option value="">Set field…</option>
        {settable.map((p) => (
          <option key={p.name} value={p.name}>
            {humanize(p.name)}
          </option>
        ))}
      </select>
      {chosen && <BulkValue kind={inlineKind(chosen.name, chosen, undefined)} members={fieldSpec(chosen).members} label={humanize(chosen.name)} text={text} onText={setText} />}
      {chosen && (
        <button type="button" className="btn btn-sm" disabled={busy} onClick={() => void setField()}>
          Apply to {n}
        </button>
      )}
      <span className="spacer" />
      <button type="button" className="btn btn-sm btn-danger" disabled={busy} onClick={() => setConfirming(true)}>
        Delete {n}
      </button>
      <button type="button" className="btn btn-sm btn-ghost" onClick={props.onClear}>
        Clear selection
      </button>
      {confirming && (
        <Modal
          title={`Delete ${n} ${props.type} ${n === 1 ? 'entity' : 'entities'}?`}
          onClose={() => setConfirming(false)}
          onSubmit={() => void remove()}
          footer={<ModalActions submitLabel="Delete" tone="danger" onCancel={() => setConfirming(false)} />}
        >
          <p className="muted">Where the collection keeps a trash they can be restored from it; otherwise they are gone for good.</p>
        </Modal>
      )}
    </div>
  );
}

function BulkValue(props: { kind: ReturnType<typeof inlineKind>; members: string[]; label: string; text: string; onText: (t: string) => void }) {
  if (props.kind === 'boolean' || props.kind === 'enum') {
    const options = props.kind === 'boolean' ? ['true', 'false'] : props.members;
    return (
      <select className="input input-sm" aria-label={`New ${props.label}`} value={props.text} onChange={(e) => props.onText(e.target.value)}>
        <option value="">(remove)</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {props.kind === 'boolean' ? (o === 'true' ? 'Yes' : 'No') : o}
          </option>
        ))}
      </select>
    );
  }
  const type = props.kind === 'number' || props.kind === 'integer' ? 'number' : props.kind === 'date' ? 'date' : 'text';
  return <input className="input input-sm bulk-input" type={type} aria-label={`New ${props.label}`} placeholder="Empty removes it" value={props.text} onChange={(e) => props.onText(e.target.value)} />;
}
