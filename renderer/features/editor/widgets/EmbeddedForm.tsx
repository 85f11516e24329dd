/**
 * An embedded entity as a collapsible sub-form of its own type, to any depth. Where the range
 * allows several types (Person | Organization) the user picks one; "Make it a reference"
 * stores the sub-form as an entity of its own and keeps only its `$id` here.
 */
import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { api } from '../../../api/client';
import { useShell } from '../../../app/useShell';
import { summarize } from '../../../lib/display-name';
import { FieldList } from '../FieldList';
import type { FieldSpec } from '../field-specs';
import { toEntityData } from '../form-values';
import { referenceValue } from './ReferencePicker';

export function EmbeddedForm(props: { spec: FieldSpec; name: string; label: string }) {
  const shell = useShell();
  const { getValues } = useFormContext();
  const { field } = useController({ name: props.name });
  const value = (field.value ?? {}) as Record<string, unknown>;
  const type = typeof value.$type === 'string' ? value.$type : (props.spec.entityTypes[0] ?? 'Thing');
  const [open, setOpen] = useState(true);
  const [busy, setBusy] = useState(false);
  const bodyId = `${props.name}-body`.replace(/\./g, '-');

  const makeReference = async (): Promise<void> => {
    const data = toEntityData(getValues(props.name) as Record<string, unknown>);
    delete data.$type;
    setBusy(true);
    try {
      const created = await api().invoke('entities.create', { type, data });
      field.onChange(referenceValue(props.spec, type, created.$id));
      shell.notify({ text: `${props.label} is now a reference to a new ${type}`, action: { label: 'Open', run: () => shell.open({ kind: 'entity', type, id: created.$id }) } });
    } catch (error) {
      shell.notify({ tone: 'error', text: `Could not store it as a ${type}: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="subform" role="group" aria-label={`${props.label} (${type})`}>
      <div className="subform-head">
        <button type="button" className="subform-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <span className="caret" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="chip-type">{type}</span>
          {!open && <span className="subform-summary">{summarize(value) || 'empty'}</span>}
        </button>
        {props.spec.entityTypes.length > 1 && (
          <select
            className="input input-sm input-narrow"
            aria-label={`Type of ${props.label}`}
            value={type}
            onChange={(e) => field.onChange({ ...value, $type: e.target.value })}
          >
            {props.spec.entityTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
        <span className="spacer" />
        <button type="button" className="btn btn-sm btn-ghost" disabled={busy} onClick={() => void makeReference()} title={`Store it as a ${type} of its own and refer to it`}>
          Make it a reference
        </button>
        <button type="button" className="btn btn-sm btn-ghost" aria-label={`Remove ${props.label}`} onClick={() => field.onChange(undefined)}>
          Remove
        </button>
      </div>
      <div id={bodyId} className="subform-body" hidden={!open}>
        {open && <FieldList type={type} base={props.name} />}
      </div>
    </div>
  );
}
