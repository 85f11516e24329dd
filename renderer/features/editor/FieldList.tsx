/**
 * The fields of one entity (the top-level form or an embedded sub-form), derived from its
 * type's descriptor: common and filled properties shown, every other one a search away in
 * "Add property". Nested entities render this same component at their own path.
 */
import { useState } from 'react';
import { get, useFormContext, useWatch } from 'react-hook-form';
import { useDescriptor } from '../../api/useVocab';
import { AddProperty } from './AddProperty';
import { FieldRow, fieldId } from './FieldRow';
import { formLayout } from './field-specs';

export function FieldList(props: { type: string; base: string }) {
  const { descriptor, error } = useDescriptor(props.type);
  const { setValue, setFocus } = useFormContext();
  const all = useWatch() as Record<string, unknown>;
  const watched = (props.base ? get(all, props.base) : all) as Record<string, unknown> | undefined;
  const value = watched && typeof watched === 'object' ? watched : {};
  const [added, setAdded] = useState<string[]>([]);

  if (error) return <div className="banner-error" role="alert">The {props.type} type could not be loaded: {error.message}</div>;
  if (!descriptor) return <div className="muted field-loading">Loading {props.type}…</div>;

  const layout = formLayout(descriptor, value, props.base, added);
  const known = new Set(descriptor.properties.map((p) => p.name));
  const unknown = Object.keys(value).filter((k) => !known.has(k) && !k.startsWith('$') && !k.startsWith('@'));

  return (
    <div className="field-list">
      {layout.fields.map((spec) => (
        <FieldRow
          key={spec.path}
          spec={spec}
          onRemove={
            spec.required
              ? undefined
              : () => {
                  setAdded((a) => a.filter((n) => n !== spec.name));
                  setValue(spec.path, undefined, { shouldDirty: true });
                }
          }
        />
      ))}
      {unknown.map((key) => (
        <div key={key} className="field field-unknown">
          <span className="field-label">
            {key} <span className="badge badge-warn">not in {props.type}</span>
          </span>
          <code className="mono field-json">{JSON.stringify(value[key])}</code>
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => setValue(props.base ? `${props.base}.${key}` : key, undefined, { shouldDirty: true })}>
            Remove {key}
          </button>
        </div>
      ))}
      <AddProperty
        type={props.type}
        properties={layout.addable}
        onAdd={(name) => {
          setAdded((a) => [...a, name]);
          const path = props.base ? `${props.base}.${name}` : name;
          window.setTimeout(() => {
            const el = document.getElementById(fieldId(path));
            if (el) el.focus();
            else setFocus(path);
          }, 0);
        }}
      />
    </div>
  );
}
