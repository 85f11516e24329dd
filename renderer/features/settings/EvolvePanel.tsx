/** Schema evolutions of a type (rename a field, split names, set a default, change a type) with a preview of how many entities change. */
import { useState } from 'react';
import { api } from '../../api/client';
import type { Output } from '../../../shared/contract';
import type { StudioError } from '../../../shared/errors';
import type { EvolutionInput } from '../../../shared/governance/evolution';

type Op = EvolutionInput['op'];

function evolutionOf(op: Op, a: string, b: string): EvolutionInput {
  switch (op) {
    case 'renameField':
      return { op, from: a, to: b };
    case 'splitName':
      return { op, from: a || 'name' };
    case 'setDefault':
      return { op, field: a, value: b };
    case 'changeType':
      return { op, field: a, to: (b || 'string') as 'string' | 'number' | 'boolean' | 'date' };
  }
}

const HINTS: Record<Op, [string, string | null]> = {
  renameField: ['from field', 'to field'],
  splitName: ['name field', null],
  setDefault: ['field', 'default value'],
  changeType: ['field', 'string, number, boolean or date'],
};

export function EvolvePanel(props: { type: string; readOnly: boolean }) {
  const [op, setOp] = useState<Op>('renameField');
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [preview, setPreview] = useState<Output<'settings.evolvePreview'> | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const evolution = evolutionOf(op, a.trim(), b.trim());

  const ask = async (): Promise<void> => {
    setMessage(undefined);
    try {
      setPreview(await api().invoke('settings.evolvePreview', { type: props.type, evolution }));
    } catch (e) {
      setMessage((e as StudioError).message);
    }
  };
  const apply = async (): Promise<void> => {
    try {
      const result = await api().invoke('settings.evolve', { type: props.type, evolution });
      setMessage(`Changed ${result.changed} ${props.type} entities; backup at ${result.backup}.`);
      setPreview(undefined);
    } catch (e) {
      setMessage((e as StudioError).message);
    }
  };

  return (
    <section className="settings-section" aria-label="Evolve the schema">
      <h3>Evolve {props.type}</h3>
      <div className="settings-row">
        <select className="input input-sm input-narrow" aria-label="Evolution" value={op} onChange={(e) => {
            setOp(e.target.value as Op);
            setPreview(undefined);
          }}>
          <option value="renameField">Rename a field</option>
          <option value="splitName">Split name into given and family name</option>
          <option value="setDefault">Set a default</option>
          <option value="changeType">Change a type</option>
        </select>
        <input className="input input-sm input-narrow" aria-label={HINTS[op][0]} placeholder={HINTS[op][0]} value={a} onChange={(e) => {
            setA(e.target.value);
            setPreview(undefined);
          }} />
        {HINTS[op][1] && <input className="input input-sm input-narrow" aria-label={HINTS[op][1]!} placeholder={HINTS[op][1]!} value={b} onChange={(e) => {
              setB(e.target.value);
              setPreview(undefined);
            }} />}
        <button type="button" className="btn btn-sm" onClick={() => void ask()}>
          Preview
        </button>
      </div>
      {preview && (
        <div className="evolve-preview">
          <p>
            <strong>{preview.count}</strong> of {preview.total} entities would change.
            {preview.failures.length > 0 && <span className="field-error"> {preview.failures.length} cannot be converted (e.g. {preview.failures[0]!.id}: {preview.failures[0]!.message}).</span>}
          </p>
          {preview.sample.length > 0 && (
            <ul className="mono evolve-sample">
              {preview.sample.map((s) => (
                <li key={s.id}>
                  {s.id}: {JSON.stringify(s.before)} → {JSON.stringify(s.after)}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="btn btn-sm btn-primary" disabled={props.readOnly || preview.count === 0 || preview.failures.length > 0} onClick={() => void apply()}>
            Apply to {preview.count} entities
          </button>
        </div>
      )}
      {message && <p className="muted">{message}</p>}
    </section>
  );
}
