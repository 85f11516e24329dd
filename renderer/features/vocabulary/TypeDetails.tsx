/**
 * One type: where it sits (Thing › Organization), its badges and description, its parents and
 * subtypes, an enumeration's members, and its properties grouped by the type declaring them.
 */
import { useId } from 'react';
import type { z } from 'zod';
import { useDescriptor } from '../../api/useVocab';
import type { TypeHierarchySchema } from '../../../shared/channels/vocab';
import { Breadcrumb } from './Breadcrumb';
import { EntryHead } from './EntryHead';
import { EnumerationMembers } from './EnumerationMembers';
import { typeBadges } from './property-model';
import { PropertyList } from './PropertyList';
import { TypeChips } from './TypeChips';

type TypeHierarchy = z.infer<typeof TypeHierarchySchema>;

export function TypeDetails(props: { name: string; hierarchy: TypeHierarchy | undefined; onOpen: (name: string) => void }) {
  const headingId = useId();
  const { descriptor, error } = useDescriptor(props.name);
  if (error) return <p className="banner banner-error" role="alert">{error.message}</p>;
  if (!descriptor) return <p className="muted vb-loading">Loading {props.name}…</p>;
  const hierarchy = props.hierarchy?.type.name === props.name ? props.hierarchy : undefined;
  const subtypes = hierarchy?.children.map((c) => c.name) ?? [];

  return (
    <article className="vb-type" aria-labelledby={headingId}>
      <EntryHead
        headingId={headingId}
        title={descriptor.name}
        badges={typeBadges(descriptor)}
        source={descriptor.source === 'custom' ? 'Custom type' : `schema.org · ${descriptor.layer}`}
        path={
          hierarchy && hierarchy.path.length > 0 ? (
            <Breadcrumb label="Type path" steps={hierarchy.path.map((name) => ({ key: name, label: name }))} current={props.name} onOpen={props.onOpen} />
          ) : undefined
        }
      />
      {descriptor.description && <p className="vb-desc">{descriptor.description}</p>}
      {(descriptor.parents.length > 0 || subtypes.length > 0) && (
        <dl className="vb-facts">
          {descriptor.parents.length > 0 && (
            <div>
              <dt>Subtype of</dt>
              <dd>
                <TypeChips key={props.name} names={descriptor.parents} onOpen={props.onOpen} />
              </dd>
            </div>
          )}
          {subtypes.length > 0 && (
            <div>
              <dt>Subtypes</dt>
              <dd>
                <TypeChips key={props.name} names={subtypes} onOpen={props.onOpen} />
              </dd>
            </div>
          )}
        </dl>
      )}
      {descriptor.kind === 'enumeration' && <EnumerationMembers key={descriptor.name} name={descriptor.name} />}
      {/* A data type's values are literals: it has no properties to list. */}
      {descriptor.kind !== 'dataType' && <PropertyList descriptor={descriptor} onOpen={props.onOpen} />}
    </article>
  );
}
