/** A list value: one widget per item, each movable up or down and removable, and an "Add" button. */
import { useFormContext, useFormState, useWatch, get } from 'react-hook-form';
import type { FieldSpec } from './field-specs';
import { widgetFor } from './widgets/registry';

/** An empty new item: nothing for entity values (the widget asks how to fill it), '' for text. */
function emptyItem(spec: FieldSpec): unknown {
  return spec.kind === 'entity' || spec.kind === 'boolean' || spec.kind === 'number' || spec.kind === 'integer' ? null : '';
}

export function ListField(props: { spec: FieldSpec; id: string; describedBy?: string }) {
  const { spec } = props;
  const { setValue } = useFormContext();
  const watched = useWatch({ name: spec.path }) as unknown;
  const items = Array.isArray(watched) ? watched : watched === undefined || watched === null ? [] : [watched];
  const { errors } = useFormState({ name: spec.path });
  const Widget = widgetFor(spec.kind);
  const write = (next: unknown[]): void => setValue(spec.path, next, { shouldDirty: true, shouldValidate: false });
  const move = (from: number, to: number): void => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    write(next);
  };
  return (
    <div className="list-field" role="group" aria-label={`${spec.label} (list)`} aria-describedby={props.describedBy}>
      {items.map((_, i) => {
        const name = `${spec.path}.${i}`;
        const message = (get(errors, name) as { message?: string } | undefined)?.message;
        const itemLabel = `${spec.label} ${i + 1}`;
        return (
          <div key={i} className="list-item">
            <div className="list-item-body">
              <Widget spec={spec} name={name} id={i === 0 ? props.id : `${props.id}-${i}`} label={itemLabel} invalid={Boolean(message)} describedBy={props.describedBy} />
              {message && <span className="field-error">{message}</span>}
            </div>
            <div className="list-item-actions">
              <button type="button" className="icon-btn" aria-label={`Move ${itemLabel} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </button>
              <button type="button" className="icon-btn" aria-label={`Move ${itemLabel} down`} disabled={i === items.length - 1} onClick={() => move(i, i + 1)}>
                ↓
              </button>
              <button type="button" className="icon-btn" aria-label={`Remove ${itemLabel}`} onClick={() => write(items.filter((__, j) => j !== i))}>
                ×
              </button>
            </div>
          </div>
        );
      })}
      <ListField.AddButton spec={spec} items={items} label={`Add ${spec.label.toLowerCase()}`} />
    </div>
  );
}

/** Appends an empty item to the list (making a list of a single value first). */
ListField.AddButton = function AddButton(props: { spec: FieldSpec; items: unknown[]; label: string }) {
  const { setValue } = useFormContext();
  return (
    <button type="button" className="btn btn-sm btn-ghost add-item" onClick={() => setValue(props.spec.path, [...props.items, emptyItem(props.spec)], { shouldDirty: true })}>
      + {props.label}
    </button>
  );
};
