/** One condition of the builder: field, operator (offered by the field's range) and value editor. */
import type { FieldSpec } from '../../../shared/query/fields';
import type { ConditionModel, OperatorId } from '../../../shared/query/model';
import { isOperatorFor, operatorsFor } from '../../../shared/query/operators';
import { isComplete } from '../../../shared/query/to-where';
import { FieldPicker } from './FieldPicker';
import { ValueEditor } from './ValueEditor';

export function ConditionRow(props: {
  label: string;
  condition: ConditionModel;
  fields: readonly FieldSpec[];
  onChange: (next: ConditionModel) => void;
  onRemove: () => void;
}) {
  const { condition } = props;
  const field = props.fields.find((f) => f.path === condition.field);
  const operators = operatorsFor(field);
  const complete = isComplete(condition);

  const pickField = (path: string) => {
    const next = props.fields.find((f) => f.path === path);
    // Keep the operator when the new field offers it; otherwise start from the first one offered.
    const operator: OperatorId = isOperatorFor(condition.operator, next) ? condition.operator : (operatorsFor(next)[0]?.id ?? 'eq');
    props.onChange({ ...condition, field: path, operator, value: undefined, options: undefined });
  };

  return (
    <div className={`qb-condition ${complete ? '' : 'qb-incomplete'}`} role="group" aria-label={props.label}>
      <FieldPicker label="Field" fields={props.fields} value={condition.field} onChange={pickField} />
      <select
        className="input input-sm"
        aria-label="Operator"
        value={condition.operator}
        onChange={(e) => props.onChange({ ...condition, operator: e.target.value as OperatorId, value: undefined, options: undefined })}
      >
        {operators.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <ValueEditor
        key={`${condition.field}:${condition.operator}`}
        field={field}
        condition={condition}
        onChange={(value, options) => props.onChange({ ...condition, value, ...(options ? { options } : { options: undefined }) })}
      />
      <button type="button" className="icon-btn" aria-label={`Remove ${props.label.toLowerCase()}`} title="Remove condition" onClick={props.onRemove}>
        ×
      </button>
      {!complete && condition.field && <span className="qb-hint">incomplete: left out of the query</span>}
    </div>
  );
}
