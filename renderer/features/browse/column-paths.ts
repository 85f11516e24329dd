/**
 * Columns from the vocabulary: the properties a column chooser offers (top level, and nested
 * under embedded entities such as `worksFor.name`), and the property a column path lands on,
 * which decides how its cells render and filter.
 */
import type { DescriptorLookup, PropertyDescriptor, TypeDescriptor } from '../../../shared/vocab/descriptor';
import { COMMON_PROPERTIES } from '../editor/field-specs';

/** A column the user may show. */
export interface ColumnOption {
  path: string;
  property: PropertyDescriptor;
  /** The entity type whose properties open beneath it (`worksFor` → Organization). */
  nestedType?: string;
}

/** The single entity type a property embeds, if its range names exactly one. */
export function nestedTypeOf(property: PropertyDescriptor): string | undefined {
  const entities = property.ranges.filter((r) => r.kind === 'entity');
  return entities.length >= 1 ? entities[0]?.type : undefined;
}

/** The column options of a type at a path prefix: common properties first, then the rest by name. */
export function columnOptions(descriptor: TypeDescriptor, prefix = ''): ColumnOption[] {
  const rank = (p: PropertyDescriptor): number => {
    const i = COMMON_PROPERTIES.indexOf(p.name);
    return i < 0 ? COMMON_PROPERTIES.length : i;
  };
  return descriptor.properties
    .filter((p) => !p.superseded)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))
    .map((property) => ({ path: prefix ? `${prefix}.${property.name}` : property.name, property, nestedType: nestedTypeOf(property) }));
}

/** The property a dotted path ends on, walking embedded types through the lookup; undefined past an unknown step. */
export function propertyAtPath(lookup: DescriptorLookup, type: string, path: string): PropertyDescriptor | undefined {
  let descriptor = lookup.descriptor(type);
  let property: PropertyDescriptor | undefined;
  for (const step of path.split('.')) {
    if (!descriptor) return undefined;
    property = descriptor.properties.find((p) => p.name === step);
    if (!property) return undefined;
    const next = nestedTypeOf(property);
    descriptor = next ? lookup.descriptor(next) : undefined;
  }
  return property;
}

/** The types a path walks through (to load their descriptors): `worksFor.address.postalCode` on Person → Organization, PostalAddress. */
export function typesOnPath(lookup: DescriptorLookup, type: string, path: string): string[] {
  const out: string[] = [];
  let descriptor = lookup.descriptor(type);
  for (const step of path.split('.').slice(0, -1)) {
    const property = descriptor?.properties.find((p) => p.name === step);
    const next = property && nestedTypeOf(property);
    if (!next) break;
    out.push(next);
    descriptor = lookup.descriptor(next);
  }
  return out;
}

/** The value at a dotted path; through a list it collects the values of every item. */
export function valueAtPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const step of path.split('.')) {
    if (Array.isArray(current)) {
      const items = current.map((item) => valueAtPath(item, step)).filter((v) => v !== undefined);
      current = items.length ? items.flat() : undefined;
    } else if (current && typeof current === 'object') current = (current as Record<string, unknown>)[step];
    else return undefined;
  }
  return current;
}
