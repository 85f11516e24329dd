/** One stage of the aggregation builder: its form (or JSON), its output row count, and controls to show its output, move or remove it. */
import { useState } from 'react';
import type { FieldSpec } from '../../../shared/query/fields';
import { GroupEditor } from './GroupEditor';
import { GroupStageForm } from './GroupStageForm';
import { FieldPicker } from './FieldPicker';
import { formToStage, stageToForm, type StageForm } from './stage-model';

export function StageCard(props: {
  index: number;
  form: StageForm;
  fields: readonly FieldSpec[];
  selected: boolean;
  onChange: (form: StageForm) => void;
  onSelect: () => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
}) {
  const { form } = props;
  const title = form.kind === 'json' ? 'JSON stage' : form.kind;
  return (
    <section className={`ag-stage ${props.selected ? 'on' : ''}`} aria-label={`Stage ${props.index + 1}: ${title}`}>
      <header className="ag-stage-head">
        <span className="ag-stage-no">{props.index + 1}</span>
        <strong className="mono">{title}</strong>
        <span className="spacer" />
        <button type="button" className={`btn btn-sm ${props.selected ? 'btn-primary' : ''}`} aria-pressed={props.selected} onClick={props.onSelect}>
          {props.selected ? 'Showing output' : 'Show output'}
        </button>
        <button type="button" className="icon-btn" aria-label={`Move stage ${props.index + 1} up`} onClick={() => props.onMove(-1)}>
          ↑
        </button>
        <button type="button" className="icon-btn" aria-label={`Move stage ${props.index + 1} down`} onClick={() => props.onMove(1)}>
          ↓
        </button>
        <button type="button" className="icon-btn" aria-label={`Remove stage ${props.index + 1}`} onClick={props.onRemove}>
          ×
        </button>
      </header>
      <StageBody form={form} fields={props.fields} onChange={props.onChange} />
    </section>
  );
}

function StageBody(props: { form: StageForm; fields: readonly FieldSpec[]; onChange: (form: StageForm) => void }) {
  const { form, fields, onChange } = props;
  switch (form.kind) {
    case '$match':
      return <GroupEditor root={form.where} fields={fields} label="Stage conditions" onChange={(where) => onChange({ ...form, where })} />;
    case '$group':
      return <GroupStageForm form={form} fields={fields} onChange={onChange} />;
    case '$sort':
      return (
        <div className="ag-form">
          {form.keys.map((key, i) => (
            <div key={i} className="ag-row" role="group" aria-label={`Sort key ${i + 1}`}>
              <FieldPicker label="Sort field" fields={fields} value={key.field} onChange={(field) => onChange({ ...form, keys: form.keys.map((k, j) => (j === i ? { ...k, field } : k)) })} />
              <select className="input input-sm" aria-label="Direction" value={key.dir} onChange={(e) => onChange({ ...form, keys: form.keys.map((k, j) => (j === i ? { ...k, dir: Number(e.target.value) as 1 | -1 } : k)) })}>
                <option value={1}>ascending</option>
                <option value={-1}>descending</option>
              </select>
            </div>
          ))}
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => onChange({ ...form, keys: [...form.keys, { field: '', dir: 1 }] })}>
            + Sort key
          </button>
        </div>
      );
    case '$project':
      return (
        <div className="ag-row">
          <select className="input input-sm" aria-label="Projection" value={form.mode} onChange={(e) => onChange({ ...form, mode: e.target.value as 'include' | 'exclude' })}>
            <option value="include">keep only</option>
            <option value="exclude">drop</option>
          </select>
          <ListField value={form.fields} onChange={(list) => onChange({ ...form, fields: list })} />
        </div>
      );
    case '$limit':
    case '$skip':
      return (
        <label className="ag-row">
          <span className="qb-option-label">{form.kind === '$limit' ? 'Keep the first' : 'Skip the first'}</span>
          <input className="input input-sm input-narrow" type="number" min={form.kind === '$limit' ? 1 : 0} aria-label="Rows" value={form.n} onChange={(e) => onChange({ ...form, n: Math.max(form.kind === '$limit' ? 1 : 0, Math.floor(Number(e.target.value) || 0)) })} />
          <span className="muted">rows</span>
        </label>
      );
    case '$unwind':
      return (
        <div className="ag-row">
          <FieldPicker label="List field" fields={fields.filter((f) => f.array)} value={form.field} onChange={(field) => onChange({ ...form, field })} />
          <label className="qb-flag">
            <input type="checkbox" checked={form.preserve} onChange={(e) => onChange({ ...form, preserve: e.target.checked })} />
            keep rows with no items
          </label>
        </div>
      );
    case 'json':
      return <JsonStage form={form} onChange={onChange} />;
  }
}

function ListField(props: { value: string[]; onChange: (value: string[]) => void }) {
  const [text, setText] = useState(props.value.join(', '));
  return (
    <input
      className="input input-sm qb-value-wide"
      aria-label="Fields"
      placeholder="name, worksFor.name"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        props.onChange(e.target.value.split(',').map((s) => s.trim()).filter(Boolean));
      }}
    />
  );
}

function JsonStage(props: { form: Extract<StageForm, { kind: 'json' }>; onChange: (form: StageForm) => void }) {
  const [problem, setProblem] = useState<string>();
  return (
    <div className="ag-form">
      <textarea
        className="textarea mono"
        aria-label="Stage JSON"
        rows={Math.min(10, props.form.text.split('\n').length + 1)}
        value={props.form.text}
        onChange={(e) => props.onChange({ kind: 'json', text: e.target.value })}
        onBlur={() => {
          try {
            const next = stageToForm(formToStage(props.form));
            setProblem(undefined);
            if (next.kind !== 'json') props.onChange(next);
          } catch (e) {
            setProblem(`Not valid JSON: ${(e as Error).message}`);
          }
        }}
      />
      {problem && <p className="banner banner-warn">{problem}</p>}
    </div>
  );
}
