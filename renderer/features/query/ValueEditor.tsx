/**
 * The value part of a condition, chosen by the field's range and the operator's arity: date
 * and date-time pickers, enumeration selects, true/false, numbers, text, lists, ranges, and
 * a reference picker that searches entities of the referenced type.
 */
import { useState } from 'react';
import { Combobox } from '../../components/Combobox';
import { api } from '../../api/client';
import type { FieldSpec } from '../../../shared/query/fields';
import type { ConditionModel, Scalar } from '../../../shared/query/model';
import { arityOf } from '../../../shared/query/operators';
import { formatValue, parseList, parseValue } from './value-input';

type Props = { field: FieldSpec | undefined; condition: ConditionModel; onChange: (value: ConditionModel['value'], options?: string) => void };

export function ValueEditor({ field, condition, onChange }: Props) {
  const arity = arityOf(condition.operator);
  const textual = condition.operator === 'contains' || condition.operator === 'startsWith' || condition.operator === 'regex';
  const kind = textual ? 'text' : field?.kind;
  if (arity === 'none') return null;
  if (arity === 'list') return <ListInput kind={kind} value={condition.value} onChange={onChange} />;
  if (arity === 'two') {
    const [low, high] = Array.isArray(condition.value) ? condition.value : [undefined, undefined];
    return (
      <span className="qb-range">
        <Single label="From" field={field} kind={kind} value={low} onChange={(v) => onChange([v ?? null, high ?? null])} />
        <span className="muted">and</span>
        <Single label="To" field={field} kind={kind} value={high} onChange={(v) => onChange([low ?? null, v ?? null])} />
      </span>
    );
  }
  return (
    <span className="qb-range">
      <Single label="Value" field={field} kind={kind} value={Array.isArray(condition.value) ? undefined : condition.value} onChange={(v) => onChange(v, condition.options)} />
      {condition.operator === 'regex' && (
        <label className="qb-flag">
          <input type="checkbox" checked={condition.options?.includes('i') ?? false} onChange={(e) => onChange(condition.value, e.target.checked ? 'i' : undefined)} />
          ignore case
        </label>
      )}
    </span>
  );
}

function Single(props: { label: string; field: FieldSpec | undefined; kind: FieldSpec['kind'] | undefined; value: Scalar | undefined; onChange: (v: Scalar | undefined) => void }) {
  const { kind, value } = props;
  if (kind === 'boolean' || kind === 'enum') {
    const choices = kind === 'boolean' ? ['true', 'false'] : (props.field?.members ?? []);
    return (
      <select className="input input-sm" aria-label={props.label} value={value === undefined || value === null ? '' : String(value)} onChange={(e) => props.onChange(kind === 'boolean' ? parseValue('boolean', e.target.value) : e.target.value || undefined)}>
        <option value="">choose…</option>
        {choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  }
  if (kind === 'reference' && props.field?.refType) return <ReferenceInput label={props.label} type={props.field.refType} value={value} onChange={props.onChange} />;
  const type = kind === 'number' ? 'number' : kind === 'date' ? 'date' : kind === 'datetime' ? 'datetime-local' : 'text';
  return (
    <input
      className="input input-sm qb-value"
      aria-label={props.label}
      type={type}
      value={formatValue(kind, value)}
      placeholder={kind === 'number' ? '0' : 'value'}
      onChange={(e) => props.onChange(parseValue(kind, e.target.value))}
    />
  );
}

function ListInput(props: { kind: FieldSpec['kind'] | undefined; value: ConditionModel['value']; onChange: (v: Scalar[] | undefined) => void }) {
  const [text, setText] = useState(Array.isArray(props.value) ? props.value.join(', ') : '');
  return (
    <input
      className="input input-sm qb-value-wide"
      aria-label="Values"
      placeholder="a, b, c"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        props.onChange(parseList(props.kind, e.target.value));
      }}
    />
  );
}

/** Searches entities of the referenced type and stores the picked one's `$id`. */
function ReferenceInput(props: { label: string; type: string; value: Scalar | undefined; onChange: (v: Scalar | undefined) => void }) {
  const [query, setQuery] = useState(typeof props.value === 'string' ? props.value : '');
  const [options, setOptions] = useState<Array<{ key: string; label: string; detail: string }>>([]);
  return (
    <Combobox
      label={props.label}
      placeholder={`search ${props.type}…`}
      query={query}
      onQuery={(q) => {
        setQuery(q);
        if (q.trim().length === 0) return props.onChange(undefined);
        void api()
          .invoke('entities.search', { text: q, type: props.type, limit: 10 })
          .then((hits) => setOptions(hits.map((h) => ({ key: h.id, label: h.name, detail: h.id }))), () => setOptions([]));
      }}
      options={options}
      onPick={(id) => {
        setQuery(id);
        props.onChange(id);
      }}
    />
  );
}
