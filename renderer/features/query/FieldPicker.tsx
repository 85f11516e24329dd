/** Picks a field of the type: a searchable list of paths (nested ones included) with their kinds. */
import { useMemo, useState } from 'react';
import { Combobox } from '../../components/Combobox';
import type { FieldSpec } from '../../../shared/query/fields';

/** Most suggestions shown at once. */
const SHOWN = 40;

export function FieldPicker(props: { label: string; fields: readonly FieldSpec[]; value: string; onChange: (path: string) => void; placeholder?: string }) {
  const [query, setQuery] = useState<string | null>(null);
  const text = query ?? props.value;
  const options = useMemo(() => {
    const q = text.trim().toLowerCase();
    const hits = props.fields.filter((f) => f.path.toLowerCase().includes(q));
    // Exact and prefix matches first, so typing a full path puts it on top.
    hits.sort((a, b) => rank(a.path, q) - rank(b.path, q));
    return hits.slice(0, SHOWN).map((f) => ({ key: f.path, label: f.path, detail: `${f.kind}${f.array ? ' list' : ''}` }));
  }, [props.fields, text]);
  return (
    <Combobox
      label={props.label}
      placeholder={props.placeholder ?? 'field'}
      query={text}
      onQuery={(q) => {
        setQuery(q);
        if (q === '') props.onChange('');
      }}
      options={options}
      onPick={(path) => {
        setQuery(null);
        props.onChange(path);
      }}
      emptyText="No field by that name"
    />
  );
}

function rank(path: string, q: string): number {
  const p = path.toLowerCase();
  if (p === q) return 0;
  if (p.startsWith(q)) return 1 + p.length / 1000;
  return 2 + p.length / 1000;
}
