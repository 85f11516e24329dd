/** One field: its label (with the property's description), the widget or a list of widgets, and its error. */
import { useFormState, useWatch, get } from 'react-hook-form';
import type { FieldSpec } from './field-specs';
import { ListField } from './ListField';
import { widgetFor } from './widgets/registry';

/** The DOM id of a field's control, derived from its form path. */
export const fieldId = (path: string): string => `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function FieldRow(props: { spec: FieldSpec; onRemove?: () => void }) {
  const { spec } = props;
  const value = useWatch({ name: spec.path });
  const { errors } = useFormState({ name: spec.path });
  const error = get(errors, spec.path) as { message?: string } | undefined;
  const id = fieldId(spec.path);
  const errorId = `${id}-error`;
  const isList = spec.list === 'always' || Array.isArray(value);
  const Widget = widgetFor(spec.kind);
  const message = typeof error?.message === 'string' ? error.message : undefined;
  return (
    <div className={`field ${message ? 'has-error' : ''}`} data-path={spec.path}>
      <div className="field-head">
        <label htmlFor={id} className="field-label" title={spec.description}>
          {spec.label}
          {spec.required && (
            <span className="required" aria-hidden="true">
              {' '}*
            </span>
          )}
        </label>
        {spec.pii && (
          <span className="badge badge-pii" title="Personal data: masked where it is shown unless revealed on purpose">
            Personal
          </span>
        )}
        <span className="field-desc" aria-hidden="true">
          {spec.description}
        </span>
        {props.onRemove && (
          <button type="button" className="icon-btn field-remove" aria-label={`Remove ${spec.label}`} title={`Remove ${spec.label}`} onClick={props.onRemove}>
            ×
          </button>
        )}
      </div>
      {isList ? (
        <ListField spec={spec} id={id} describedBy={message ? errorId : undefined} />
      ) : (
        <>
          <Widget spec={spec} name={spec.path} id={id} label={spec.label} describedBy={message ? errorId : undefined} invalid={Boolean(message)} />
          {spec.list === 'allowed' && value !== undefined && value !== null && value !== '' && <AddAnother spec={spec} value={value} />}
        </>
      )}
      {message && (
        <span id={errorId} className="field-error" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}

/** Turns a one-value field into a list of two ("either" properties take one value or several). */
function AddAnother(props: { spec: FieldSpec; value: unknown }) {
  return (
    <span className="add-another">
      <ListField.AddButton spec={props.spec} items={[props.value]} label={`Add another ${props.spec.label.toLowerCase()}`} />
    </span>
  );
}
