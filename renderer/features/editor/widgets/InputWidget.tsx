/** Text-like widgets: text, long text, email, telephone, URL, numbers, dates, date-times, times and durations. */
import { useController } from 'react-hook-form';
import type { FieldKind } from '../field-specs';
import { isMasked } from '../patch-changes';
import type { WidgetProps } from './widget-props';

const INPUT: Partial<Record<FieldKind, { type: string; inputMode?: 'numeric' | 'decimal'; placeholder?: string }>> = {
  text: { type: 'text' },
  email: { type: 'email', placeholder: 'name@example.com' },
  telephone: { type: 'tel', placeholder: '+14155550123' },
  url: { type: 'url', placeholder: 'https://' },
  number: { type: 'number', inputMode: 'decimal' },
  integer: { type: 'number', inputMode: 'numeric' },
  date: { type: 'date' },
  dateTime: { type: 'datetime-local' },
  time: { type: 'time' },
  duration: { type: 'text', placeholder: 'PT1H30M' },
};

/** An ISO date-time as a `datetime-local` input shows it (local time, minutes). */
export function toLocalInput(value: unknown): string {
  if (typeof value !== 'string' || !value) return '';
  if (!/[zZ]|[+-]\d\d:?\d\d$/.test(value)) return value.slice(0, 16);
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const d = new Date(time);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as an ISO date-time with the local offset, so it means the same moment everywhere. */
export function fromLocalInput(text: string): string | undefined {
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

export function InputWidget(props: WidgetProps) {
  const { field } = useController({ name: props.name });
  const kind = props.spec.kind === 'entity' ? (props.spec.dataKind ?? 'text') : props.spec.kind;
  const common = {
    id: props.id,
    name: field.name,
    ref: field.ref,
    onBlur: field.onBlur,
    className: 'input',
    'aria-invalid': props.invalid || undefined,
    'aria-describedby': props.describedBy,
    'aria-required': props.spec.required || undefined,
  };
  if (props.spec.pii && isMasked(field.value)) {
    // Masked personal data is shown as masked; replacing it is a deliberate act, never an accident.
    return (
      <div className="masked-value">
        <input {...common} readOnly value={String(field.value)} aria-description="Personal data, masked" />
        <button type="button" className="btn btn-sm btn-ghost" aria-label={`Replace ${props.label}`} onClick={() => field.onChange('')}>
          Replace
        </button>
      </div>
    );
  }
  if (kind === 'longText') {
    return <textarea {...common} className="input textarea" rows={3} value={typeof field.value === 'string' ? field.value : ''} onChange={(e) => field.onChange(e.target.value)} />;
  }
  const input = INPUT[kind] ?? INPUT.text;
  if (kind === 'number' || kind === 'integer') {
    return (
      <input
        {...common}
        type="number"
        step={kind === 'integer' ? 1 : 'any'}
        inputMode={input?.inputMode}
        value={typeof field.value === 'number' && !Number.isNaN(field.value) ? field.value : field.value === undefined || field.value === null ? '' : String(field.value)}
        onChange={(e) => field.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    );
  }
  if (kind === 'dateTime') {
    return <input {...common} type="datetime-local" value={toLocalInput(field.value)} onChange={(e) => field.onChange(fromLocalInput(e.target.value))} />;
  }
  return (
    <input
      {...common}
      type={input?.type ?? 'text'}
      placeholder={input?.placeholder}
      value={field.value === undefined || field.value === null ? '' : String(field.value)}
      onChange={(e) => field.onChange(e.target.value)}
    />
  );
}
