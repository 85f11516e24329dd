/**
 * Property paths of a type (`name`, `address.postalCode`, `worksFor.name`) against its
 * descriptor: what a path ends on, the entity type of each object along it, how a CSV cell
 * for it should be read, and the paths the mapping screen offers.
 */
import type { CellKind, MappingTarget } from '../../shared/channels/transfer';
import type { DescriptorLookup, PropertyDescriptor, TypeDescriptor } from '../../shared/vocab/descriptor';

/** What a path resolves to: its last property (if known) and the entity type of each object it passes through. */
export interface ResolvedPath {
  property: PropertyDescriptor | undefined;
  /** `objectTypes[i]` is the `$type` of the object holding segment i + 1 (undefined when not an entity). */
  objectTypes: Array<string | undefined>;
}

/** The entity type a property's values default to: its first entity range. */
export function entityRangeOf(property: PropertyDescriptor | undefined): string | undefined {
  return property?.ranges.find((r) => r.kind === 'entity')?.type;
}

/** Resolves a dotted path from a type; unknown segments resolve to undefined. */
export function resolvePath(lookup: DescriptorLookup | undefined, type: string, path: string): ResolvedPath {
  const segments = path.split('.');
  const objectTypes: Array<string | undefined> = [];
  let descriptor: TypeDescriptor | undefined = lookup?.descriptor(type);
  let property: PropertyDescriptor | undefined;
  for (let i = 0; i < segments.length; i++) {
    property = descriptor?.properties.find((p) => p.name === segments[i]);
    if (i < segments.length - 1) {
      const nested = entityRangeOf(property);
      objectTypes.push(nested);
      descriptor = nested ? lookup?.descriptor(nested) : undefined;
    }
  }
  return { property, objectTypes };
}

const NUMERIC = new Set(['Number', 'Float', 'Integer']);

/** How cells of a property are read, from its ranges. */
export function cellKindOf(property: PropertyDescriptor | undefined): CellKind {
  if (!property || property.ranges.length === 0) return 'auto';
  const data = property.ranges.filter((r) => r.kind === 'data').map((r) => (r.kind === 'data' ? r.type : ''));
  const others = property.ranges.length - data.length;
  if (others === 0 && data.length > 0 && data.every((t) => t === 'Integer')) return 'integer';
  if (others === 0 && data.length > 0 && data.every((t) => NUMERIC.has(t))) return 'number';
  if (others === 0 && data.length > 0 && data.every((t) => t === 'Boolean')) return 'boolean';
  if (data.some((t) => NUMERIC.has(t))) return 'number-or-text';
  if (data.length === 0 && property.ranges.every((r) => r.kind === 'entity')) return 'json';
  if (data.includes('Map')) return 'json';
  return 'text';
}

/** Whether a property takes several values. */
export function takesSeveral(property: PropertyDescriptor | undefined): boolean {
  return property?.multiplicity !== 'single';
}

/** Types whose properties are all offered as flattened columns (addresses, offers, ratings); other entities offer `name` and `url`. */
const FLATTENED = ['StructuredValue', 'Intangible'];

// Pending properties stay: jobTitle and knowsLanguage are pending in schema.org and in every spreadsheet.
const usable = (p: PropertyDescriptor): boolean => !p.superseded;

/** A column target for a property path, when the path names a property of the type (or a nested `$type`/`$id`). */
export function targetForPath(lookup: DescriptorLookup, type: string, path: string): MappingTarget | undefined {
  if (path === '$id') return { path, kind: 'text', multiple: false, description: 'The entity id: rows with an existing id update it' };
  const segments = path.split('.');
  const last = segments[segments.length - 1];
  if (segments.length > 1 && (last === '$type' || last === '$id')) {
    const parent = resolvePath(lookup, type, segments.slice(0, -1).join('.')).property;
    return parent ? { path, kind: 'text', multiple: false, description: `The ${last} of ${segments.slice(0, -1).join('.')}` } : undefined;
  }
  const { property } = resolvePath(lookup, type, path);
  if (!property) return undefined;
  return { path, kind: cellKindOf(property), multiple: takesSeveral(property), description: property.description.split('\n')[0]?.slice(0, 160) ?? '' };
}

/** The paths a CSV column of a type can be mapped to, `$id` first. */
export function mappingTargets(lookup: DescriptorLookup, type: string): MappingTarget[] {
  const descriptor = lookup.descriptor(type);
  if (!descriptor) return [];
  const targets: MappingTarget[] = [targetForPath(lookup, type, '$id')!];
  for (const p of descriptor.properties.filter(usable)) {
    targets.push(targetForPath(lookup, type, p.name)!);
    const nestedType = entityRangeOf(p);
    const nested = nestedType ? lookup.descriptor(nestedType) : undefined;
    if (!nested) continue;
    const flatten = FLATTENED.some((t) => nested.name === t || nested.ancestors.includes(t));
    for (const q of nested.properties.filter(usable)) {
      const hasData = q.ranges.some((r) => r.kind !== 'entity');
      if (hasData && (flatten ? q.group !== 'Thing' || q.name === 'name' : q.name === 'name' || q.name === 'url')) {
        targets.push(targetForPath(lookup, type, `${p.name}.${q.name}`)!);
      }
    }
  }
  return targets;
}
