/**
 * What the type view shows of a descriptor: its properties grouped by the type that declares
 * them (the type's own first, Thing last), superseded ones hidden unless asked for, each with
 * its ranges and flags as display parts.
 */
import type { PropertyDescriptor, RangeDescriptor, TypeDescriptor } from '../../../shared/vocab/descriptor';

/** The properties one type contributes. */
export interface PropertyGroupView {
  /** The declaring type. */
  group: string;
  /** True for the type's own properties. */
  own: boolean;
  properties: PropertyDescriptor[];
}

/** The grouped properties, and how many a filter or the superseded switch left out. */
export interface GroupedProperties {
  groups: PropertyGroupView[];
  /** Superseded properties that match the filter but are hidden. */
  hiddenSuperseded: number;
  /** Properties shown, over every group. */
  shown: number;
}

/** How the property list is narrowed. */
export interface PropertyFilter {
  showSuperseded: boolean;
  /** Words a property's name or one of its range types must contain (case-insensitive); empty for all. */
  text?: string;
}

/** The root of schema.org: its properties (name, description, url…) are everyone's, so they come last. */
const ROOT_TYPE = 'Thing';

/** Groups the properties by declaring type, in the descriptor's order (the type, then its ancestors nearest first), Thing last; names sorted within a group. */
export function groupProperties(descriptor: TypeDescriptor, filter: PropertyFilter): GroupedProperties {
  const needle = filter.text?.trim().toLowerCase() ?? '';
  const byGroup = new Map<string, PropertyDescriptor[]>();
  let hiddenSuperseded = 0;
  let shown = 0;
  for (const property of descriptor.properties) {
    if (needle && !matches(property, needle)) continue;
    if (property.superseded && !filter.showSuperseded) {
      hiddenSuperseded += 1;
      continue;
    }
    const list = byGroup.get(property.group) ?? [];
    list.push(property);
    byGroup.set(property.group, list);
    shown += 1;
  }
  // Groups the descriptor does not list (none expected) still show, before Thing.
  const order = [...new Set([...descriptor.groups, ...byGroup.keys()])];
  const ranked = [...order.filter((g) => g !== ROOT_TYPE), ...order.filter((g) => g === ROOT_TYPE)];
  const groups = ranked
    .filter((group) => byGroup.has(group))
    .map((group) => ({
      group,
      own: group === descriptor.name,
      properties: (byGroup.get(group) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    }));
  return { groups, hiddenSuperseded, shown };
}

function matches(property: PropertyDescriptor, needle: string): boolean {
  if (property.name.toLowerCase().includes(needle)) return true;
  return property.ranges.some((r) => r.type?.toLowerCase().includes(needle));
}

/** One accepted kind of value as shown: a link to a type, an enumeration (a link when it is a named type), or a data type. */
export type RangePart =
  | { kind: 'entity'; type: string }
  | { kind: 'enumeration'; type: string | undefined; members: string[] }
  | { kind: 'data'; type: string };

/** The ranges of a property as display parts, entity types first, then enumerations, then data types. */
export function rangeParts(ranges: readonly RangeDescriptor[]): RangePart[] {
  const rank = { entity: 0, enumeration: 1, data: 2 };
  return [...ranges]
    .sort((a, b) => rank[a.kind] - rank[b.kind])
    .map((r): RangePart => (r.kind === 'enumeration' ? { kind: 'enumeration', type: r.type, members: r.members } : { kind: r.kind, type: r.type }));
}

/** A small label beside a property. */
export interface Flag {
  label: string;
  /** A tooltip that says what the flag means. */
  title: string;
  tone?: 'pii' | 'warn';
}

/** The flags the descriptor sets on a property: how many values, required, personal data, encryption, state and checks. */
export function propertyFlags(property: PropertyDescriptor): Flag[] {
  const flags: Flag[] = [];
  if (property.multiplicity === 'single') flags.push({ label: 'single', title: 'Takes one value, never a list' });
  if (property.multiplicity === 'repeated') flags.push({ label: 'list', title: 'Always a list of values' });
  if (property.required) flags.push({ label: 'required', title: 'Every entity of this type must have a value', tone: 'warn' });
  if (property.pii) flags.push({ label: 'Personal', title: 'Personal data: masked where it is shown unless revealed on purpose', tone: 'pii' });
  if (property.encrypted) flags.push({ label: 'encrypted', title: 'Stored encrypted at rest' });
  if (property.pending) flags.push({ label: 'pending', title: 'Proposed in schema.org and not yet part of its core' });
  if (property.superseded) {
    const by = property.supersededBy?.length ? `; use ${property.supersededBy.join(' or ')}` : '';
    flags.push({ label: property.supersededBy?.length ? `superseded by ${property.supersededBy.join(', ')}` : 'superseded', title: `Kept valid for existing data${by}`, tone: 'warn' });
  }
  flags.push(...constraintFlags(property));
  return flags;
}

function constraintFlags(property: PropertyDescriptor): Flag[] {
  const c = property.constraints;
  const flags: Flag[] = [];
  if (c.format === 'email') flags.push({ label: 'email', title: 'Checked as an email address' });
  if (c.format === 'e164') flags.push({ label: 'phone', title: 'Checked as an E.164 phone number' });
  if (c.code) flags.push({ label: c.code.list === 'naics' ? 'NAICS code' : 'O*NET code', title: `Checked against the ${c.code.list === 'naics' ? 'NAICS 2022' : 'O*NET-SOC'} code list` });
  if (c.min !== undefined || c.max !== undefined) flags.push({ label: bounds(c.min, c.max), title: 'Allowed numbers' });
  if (c.minLength !== undefined || c.maxLength !== undefined) flags.push({ label: `${bounds(c.minLength, c.maxLength)} chars`, title: 'Allowed text length' });
  if (c.pattern) flags.push({ label: 'pattern', title: `Must match ${c.pattern}` });
  return flags;
}

function bounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  return min !== undefined ? `≥ ${min}` : `≤ ${max}`;
}

/** The badges of a type: its kind when not a plain type, where it comes from, its state. */
export function typeBadges(type: Pick<TypeDescriptor, 'kind' | 'source' | 'pending' | 'superseded' | 'supersededBy'>): Flag[] {
  const badges: Flag[] = [];
  if (type.kind === 'enumeration') badges.push({ label: 'enumeration', title: 'Values are one of its members' });
  if (type.kind === 'dataType') badges.push({ label: 'data type', title: 'A literal value such as text, a number or a date' });
  if (type.source === 'custom') badges.push({ label: 'custom', title: 'Defined in this studio, not by schema.org' });
  if (type.pending) badges.push({ label: 'pending', title: 'Proposed in schema.org and not yet part of its core', tone: 'warn' });
  if (type.superseded) {
    const by = type.supersededBy?.length ? ` by ${type.supersededBy.join(', ')}` : '';
    badges.push({ label: `superseded${by}`, title: 'Kept valid for existing data', tone: 'warn' });
  }
  return badges;
}
