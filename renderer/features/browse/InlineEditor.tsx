/** The in-place editor of a table cell: Enter or leaving the cell saves, Escape cancels. */
import { useState } from 'react';
import type { FieldKind } from '../editor/field-specs';
import { inlineText, inlineValue } from './inline-value';

const INPUT_TYPE: Partial<Record<FieldKind, string>> = { number: 'number', integer: 'number', date: 'date', email: 'email', url: 'url' };

export function InlineEditor(props: {
  kind: FieldKind;
  label: string;
  value: unknown;
  members: string[];
  onSave: (value: unknown) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(inlineText(props.value));
  const [problem, setProblem] = useState<string>();
  const commit = (): void => {
    const value = inlineValue(props.kind, text);
    if (value instanceof Error) return setProblem(value.message);
    if (inlineText(value) === inlineText(props.value)) return props.onCancel();
    props.onSave(value);
  };
  const keys = (event: React.KeyboardEvent): void => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    }
  };
  const common = {
    autoFocus: true,
    className: 'inline-input',
    'aria-label': `Edit ${props.label}`,
    'aria-invalid': problem ? true : undefined,
    title: problem,
    onKeyDown: keys,
    onBlur: commit,
    onClick: (e: React.MouseEvent) => e.stopPropagation(),
  };
  if (props.kind === 'boolean' || props.kind === 'enum') {
    const options = props.kind === 'boolean' ? ['true', 'false'] : props.members;
    return (
      <select {...common} value={text} onChange={(e) => setText(e.target.value)}>
        <option value="">—</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {props.kind === 'boolean' ? (o === 'true' ? 'Yes' : 'No') : o}
          </option>
        ))}
      </select>
    );
  }
  return <input {...common} type={INPUT_TYPE[props.kind] ?? 'text'} step={props.kind === 'number' ? 'any' : undefined} value={text} onChange={(e) => setText(e.target.value)} />;
}
