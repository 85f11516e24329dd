/** The `$group` form: group by nothing, a field, or a time bucket of a date field; outputs as name = accumulator(field). */
import type { FieldSpec } from '../../../shared/query/fields';
import { FieldPicker } from './FieldPicker';
import { ACCUMULATOR_OPS, DATE_UNITS, type DateUnit, type GroupKey, type StageForm } from './stage-model';

type GroupForm = Extract<StageForm, { kind: '$group' }>;

const OP_LABELS: Record<string, string> = { $avg: 'average', $sum: 'sum', $min: 'minimum', $max: 'maximum', $count: 'count', $push: 'list of', $first: 'first', $last: 'last' };

export function GroupStageForm(props: { form: GroupForm; fields: readonly FieldSpec[]; onChange: (form: GroupForm) => void }) {
  const { form } = props;
  const setKey = (key: GroupKey) => props.onChange({ ...form, key });
  const dateFields = props.fields.filter((f) => f.kind === 'date' || f.kind === 'datetime');
  return (
    <div className="ag-form">
      <div className="ag-row" role="group" aria-label="Group by">
        <span className="qb-option-label">Group by</span>
        <select
          className="input input-sm"
          aria-label="Group by"
          value={form.key.by}
          onChange={(e) => {
            const by = e.target.value as GroupKey['by'];
            setKey(by === 'all' ? { by } : by === 'field' ? { by, field: '' } : { by, field: dateFields[0]?.path ?? '', unit: 'hour' });
          }}
        >
          <option value="all">everything (one group)</option>
          <option value="field">a field</option>
          <option value="date">a time bucket</option>
        </select>
        {form.key.by !== 'all' && (
          <FieldPicker label="Group field" fields={form.key.by === 'date' ? dateFields : props.fields} value={form.key.field} onChange={(field) => setKey({ ...(form.key as { by: 'field' }), field } as GroupKey)} />
        )}
        {form.key.by === 'date' && (
          <select className="input input-sm" aria-label="Time bucket" value={form.key.unit} onChange={(e) => setKey({ ...(form.key as Extract<GroupKey, { by: 'date' }>), unit: e.target.value as DateUnit })}>
            {Object.keys(DATE_UNITS).map((u) => (
              <option key={u} value={u}>
                per {u}
              </option>
            ))}
          </select>
        )}
      </div>
      {form.accumulators.map((acc, i) => (
        <div key={i} className="ag-row" role="group" aria-label={`Output ${i + 1}`}>
          <input
            className="input input-sm input-narrow"
            aria-label="Output name"
            value={acc.name}
            onChange={(e) => props.onChange({ ...form, accumulators: form.accumulators.map((a, j) => (j === i ? { ...a, name: e.target.value.replace(/[.$\s]/g, '') } : a)) })}
          />
          <span className="muted">=</span>
          <select
            className="input input-sm"
            aria-label="Accumulator"
            value={acc.op}
            onChange={(e) => props.onChange({ ...form, accumulators: form.accumulators.map((a, j) => (j === i ? { ...a, op: e.target.value as typeof a.op } : a)) })}
          >
            {ACCUMULATOR_OPS.map((op) => (
              <option key={op} value={op}>
                {OP_LABELS[op]} ({op})
              </option>
            ))}
          </select>
          {acc.op !== '$count' && (
            <FieldPicker label="Accumulator field" fields={props.fields} value={acc.field} onChange={(field) => props.onChange({ ...form, accumulators: form.accumulators.map((a, j) => (j === i ? { ...a, field } : a)) })} />
          )}
          <button type="button" className="icon-btn" aria-label={`Remove output ${i + 1}`} onClick={() => props.onChange({ ...form, accumulators: form.accumulators.filter((_, j) => j !== i) })}>
            ×
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-sm btn-ghost" onClick={() => props.onChange({ ...form, accumulators: [...form.accumulators, { name: `value${form.accumulators.length + 1}`, op: '$avg', field: '' }] })}>
        + Output
      </button>
    </div>
  );
}
