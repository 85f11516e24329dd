/**
 * References: a picker that searches existing entities of the allowed types (the range and
 * its subtypes) by name or `$id` and can create one inline, and the chosen value shown as a
 * chip with the entity's name. It stores the `$id` (as `{ $type, $id }` where the range also
 * admits text, so a reference is never mistaken for text).
 */
import { useEffect, useState } from 'react';
import { useController } from 'react-hook-form';
import type { Output } from '../../../../shared/contract';
import { api } from '../../../api/client';
import { resolveRef } from '../../../api/entity-names';
import { useCandidateTypes } from '../../../api/useCandidateTypes';
import { useShell } from '../../../app/useShell';
import { Combobox } from '../../../components/Combobox';
import { displayName } from '../../../lib/display-name';
import { RefChip } from '../../browse/RefChip';
import type { FieldSpec } from '../field-specs';
import { referenceId, toFormValues } from '../form-values';

type Summary = Output<'entities.search'>[number];

/** The stored form of a reference under a spec. */
export function referenceValue(spec: FieldSpec, type: string, id: string): unknown {
  return spec.dataKind ? { $type: type, $id: id } : id;
}

/** A chosen reference: the chip, "Change" and "Embed a copy". */
export function ReferenceValue(props: { spec: FieldSpec; name: string; label: string }) {
  const shell = useShell();
  const { field } = useController({ name: props.name });
  const id = referenceId(field.value) ?? '';
  const typed = field.value && typeof field.value === 'object' ? (field.value as { $type?: string }).$type : undefined;
  const types = typed ? [typed] : props.spec.entityTypes;
  const candidates = useCandidateTypes(types);
  const embed = async (): Promise<void> => {
    const ref = await resolveRef(id, candidates ?? types);
    const entity = ref.type ? await api().invoke('entities.get', { type: ref.type, id }) : null;
    if (!entity) return shell.notify({ tone: 'error', text: `Cannot embed ${id}: it was not found` });
    field.onChange({ $type: entity.$type, ...toFormValues(entity) });
  };
  return (
    <div className="ref-value">
      <RefChip id={id} types={types} showType={props.spec.entityTypes.length > 1} />
      <button type="button" className="btn btn-sm btn-ghost" aria-label={`Change ${props.label}`} onClick={() => field.onChange(undefined)}>
        Change
      </button>
      <button type="button" className="btn btn-sm btn-ghost" title="Copy the referenced entity's properties into this one" onClick={() => void embed()}>
        Embed a copy
      </button>
    </div>
  );
}

/** The search box that picks (or creates) the referenced entity. */
export function ReferencePicker(props: { spec: FieldSpec; id: string; label: string; describedBy?: string; invalid: boolean; onPick: (value: unknown) => void }) {
  const shell = useShell();
  const candidates = useCandidateTypes(props.spec.entityTypes);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Summary[]>([]);
  const [loading, setLoading] = useState(false);
  const text = query.trim();

  useEffect(() => {
    if (!text || !candidates) return setHits([]);
    let live = true;
    setLoading(true);
    const timer = window.setTimeout(() => {
      const searches = candidates.map((type) => api().invoke('entities.search', { text, type, limit: 8 }).catch(() => [] as Summary[]));
      const exact = /\s/.test(text)
        ? []
        : candidates.map((type) =>
            api()
              .invoke('entities.get', { type, id: text })
              .then((e): Summary[] => (e ? [{ type: e.$type, id: e.$id, name: displayName(e, e.$id) }] : []), () => []),
          );
      void Promise.all([...exact, ...searches]).then((lists) => {
        if (!live) return;
        const seen = new Set<string>();
        setHits(lists.flat().filter((h) => !seen.has(`${h.type}:${h.id}`) && seen.add(`${h.type}:${h.id}`)));
        setLoading(false);
      });
    }, 150);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text, candidates]);

  const create = async (type: string): Promise<void> => {
    try {
      const created = await api().invoke('entities.create', { type, data: { name: text } });
      shell.notify({ text: `Created ${type} “${text}”`, action: { label: 'Open', run: () => shell.open({ kind: 'entity', type, id: created.$id }) } });
      props.onPick(referenceValue(props.spec, type, created.$id));
    } catch (error) {
      shell.notify({ tone: 'error', text: `Could not create ${type}: ${(error as Error).message}` });
    }
  };

  const options = [
    ...hits.map((h) => ({ key: `hit:${h.type}:${h.id}`, label: h.name, detail: `${h.type} · ${h.id}` })),
    ...(text ? props.spec.entityTypes.map((type) => ({ key: `create:${type}`, label: `Create ${type} “${text}”`, action: true })) : []),
  ];
  return (
    <Combobox
      id={props.id}
      label={props.label}
      placeholder={`Search ${props.spec.entityTypes.join(' or ')} by name or $id`}
      query={query}
      onQuery={setQuery}
      loading={loading}
      invalid={props.invalid}
      describedBy={props.describedBy}
      options={options}
      onPick={(key) => {
        if (key.startsWith('create:')) return void create(key.slice('create:'.length));
        const hit = hits.find((h) => `hit:${h.type}:${h.id}` === key);
        if (hit) props.onPick(referenceValue(props.spec, hit.type, hit.id));
      }}
    />
  );
}
