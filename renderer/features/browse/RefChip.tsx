/** A reference as a chip: the referenced entity's name (never a bare id once resolved); clicking opens it in a tab. */
import { useEntityRef } from '../../api/useEntityRef';
import { useShell } from '../../app/useShell';
import { Chip } from '../../components/Chip';

export function RefChip(props: { id: string; types: readonly string[]; showType?: boolean; children?: React.ReactNode }) {
  const shell = useShell();
  const ref = useEntityRef(props.id, props.types);
  if (!ref) return <Chip label="…" title={props.id} />;
  if (ref.missing) return <Chip label={props.id} tone="missing" title={`No ${props.types.join(' or ')} has the id ${props.id}`} />;
  return (
    <Chip
      label={ref.name}
      type={props.showType ? ref.type : undefined}
      title={`${ref.type} · ${ref.id} — open`}
      onOpen={() => ref.type && shell.open({ kind: 'entity', type: ref.type, id: ref.id })}
    >
      {props.children}
    </Chip>
  );
}
