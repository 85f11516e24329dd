/**
 * The pure heart of derived forms: a type descriptor becomes field specs (which widget, which
 * label, list or single, which entity types), and a layout decides which fields a form shows
 * first and which wait behind "Add property". Nothing here knows about React.
 */
import type { DataTypeName, PropertyDescriptor, TypeDescriptor } from '../../../shared/vocab/descriptor';
import { humanize } from '../../lib/labels';

/** The widget a value is edited with. */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'email'
  | 'telephone'
  | 'url'
  | 'number'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'duration'
  | 'boolean'
  | 'enum'
  | 'naics'
  | 'onet'
  | 'map'
  | 'entity';

/** One field of a derived form. */
export interface FieldSpec {
  /** The property name. */
  name: string;
  /** The form path: the parent's path, a dot, the name (`worksFor.address.postalCode`). */
  path: string;
  label: string;
  description: string;
  /** The main widget. */
  kind: FieldKind;
  /** For an entity field whose range also admits data (`address`: PostalAddress or Text): the data widget. */
  dataKind?: FieldKind;
  /** Entity types of the range (their subtypes are accepted too). */
  entityTypes: string[];
  /** Enumeration members, for `enum`. */
  members: string[];
  /** `never`: one value; `allowed`: one value or a list; `always`: a list. */
  list: 'never' | 'allowed' | 'always';
  required: boolean;
  pii: boolean;
  group: string;
  property: PropertyDescriptor;
}

const LONG_TEXT = new Set(['description', 'disambiguatingDescription', 'text', 'articleBody', 'reviewBody', 'abstract', 'comment']);

/** Properties people fill most, in the order forms show them; a type shows the ones it has. */
export const COMMON_PROPERTIES = [
  'name', 'naics', 'givenName', 'familyName', 'headline', 'email', 'telephone', 'jobTitle', 'worksFor', 'hasOccupation',
  'occupationalCategory', 'legalName', 'sku', 'brand', 'orderNumber', 'orderDate', 'customer', 'orderStatus', 'orderedItem',
  'plan', 'status', 'startDate', 'endDate', 'price', 'priceCurrency', 'offers', 'aggregateRating', 'total',
  'author', 'datePublished', 'value', 'unit', 'timestamp', 'labels', 'address', 'streetAddress', 'addressLocality',
  'postalCode', 'addressCountry', 'birthDate', 'foundingDate', 'url', 'description', 'articleBody',
];

const DATA_KIND: Record<DataTypeName, FieldKind> = {
  Text: 'text',
  PronounceableText: 'text',
  CssSelectorType: 'text',
  XPathType: 'text',
  Quantity: 'text',
  Distance: 'text',
  Energy: 'text',
  Mass: 'text',
  URL: 'url',
  Date: 'date',
  DateTime: 'dateTime',
  Time: 'time',
  Duration: 'duration',
  Number: 'number',
  Float: 'number',
  Integer: 'integer',
  Boolean: 'boolean',
  Map: 'map',
};

// When a property admits several data types, the most forgiving widget wins (Text | URL edits as text).
const DATA_PRIORITY: FieldKind[] = ['text', 'url', 'number', 'integer', 'dateTime', 'date', 'time', 'duration', 'boolean', 'map'];

/** The data widget of a property, ignoring its entity ranges; undefined when it has no data range. */
function dataKindOf(property: PropertyDescriptor): FieldKind | undefined {
  const c = property.constraints;
  if (c.code?.list === 'naics') return 'naics';
  if (c.code?.list === 'onet') return 'onet';
  if (property.ranges.some((r) => r.kind === 'enumeration')) return 'enum';
  const kinds = property.ranges.flatMap((r) => (r.kind === 'data' ? [DATA_KIND[r.type]] : []));
  const kind = DATA_PRIORITY.find((k) => kinds.includes(k));
  if (kind !== 'text') return kind;
  if (c.format === 'email') return 'email';
  if (c.format === 'e164') return 'telephone';
  return LONG_TEXT.has(property.name) ? 'longText' : 'text';
}

/** The field spec of one property under a parent path ('' at the top). */
export function fieldSpec(property: PropertyDescriptor, base = ''): FieldSpec {
  const entityTypes = property.ranges.flatMap((r) => (r.kind === 'entity' ? [r.type] : []));
  const dataKind = dataKindOf(property);
  // A property without any range (a retired one) still edits as text so old data stays editable.
  const kind: FieldKind = entityTypes.length > 0 ? 'entity' : (dataKind ?? 'text');
  return {
    name: property.name,
    path: base ? `${base}.${property.name}` : property.name,
    label: humanize(property.name),
    description: property.description,
    kind,
    dataKind: kind === 'entity' ? dataKind : undefined,
    entityTypes,
    members: property.ranges.flatMap((r) => (r.kind === 'enumeration' ? r.members : [])),
    list: property.multiplicity === 'repeated' ? 'always' : property.multiplicity === 'single' ? 'never' : 'allowed',
    required: property.required,
    pii: property.pii,
    group: property.group,
    property,
  };
}

// Common only on some types: schema.org gives Person a `naics` and a `brand` too, but people rarely carry them.
const COMMON_ONLY_ON: Record<string, string[]> = { naics: ['Organization'], brand: ['Product', 'Organization'] };

/** True when a property counts as common on a type. */
function isCommon(name: string, descriptor: TypeDescriptor): boolean {
  const only = COMMON_ONLY_ON[name];
  return COMMON_PROPERTIES.includes(name) && (!only || only.some((t) => descriptor.name === t || descriptor.ancestors.includes(t)));
}

/** How many empty common fields a sub-form shows. */
const NESTED_COMMON = 3;

/**
 * The empty fields a sub-form offers: the name (except for values such as addresses, which
 * have none worth giving) and the first few common properties, the type's own ones first.
 */
function nestedCommon(descriptor: TypeDescriptor): string[] {
  const byName = new Map(descriptor.properties.map((p) => [p.name, p]));
  const groupRank = (name: string): number => descriptor.groups.indexOf(byName.get(name)?.group ?? '');
  const candidates = COMMON_PROPERTIES.filter((name) => name !== 'name' && byName.has(name) && isCommon(name, descriptor));
  const own = [...candidates].sort((a, b) => groupRank(a) - groupRank(b) || COMMON_PROPERTIES.indexOf(a) - COMMON_PROPERTIES.indexOf(b));
  const named = byName.has('name') && !descriptor.ancestors.includes('StructuredValue');
  return [...(named ? ['name'] : []), ...own.slice(0, NESTED_COMMON)];
}

const isPresent = (v: unknown): boolean =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** What a form shows: the fields in order, and the properties still behind "Add property". */
export interface FormLayout {
  fields: FieldSpec[];
  addable: PropertyDescriptor[];
}

/**
 * The layout of a form for `value`: required properties, properties with a value, the
 * properties `added` by the user, the type's common ones and (for custom types) all of its
 * own. Common properties come first in `COMMON_PROPERTIES` order, then the rest by group.
 */
export function formLayout(descriptor: TypeDescriptor, value: Record<string, unknown>, base = '', added: readonly string[] = []): FormLayout {
  const own = descriptor.source === 'custom' ? descriptor.name : undefined;
  // A sub-form offers fewer empty fields than a whole entity: its first few common ones.
  const commonHere = base ? nestedCommon(descriptor) : COMMON_PROPERTIES.filter((name) => isCommon(name, descriptor) && descriptor.properties.some((p) => p.name === name));
  const shown = (p: PropertyDescriptor): boolean =>
    p.required || isPresent(value[p.name]) || added.includes(p.name) || (!p.superseded && (commonHere.includes(p.name) || p.group === own));
  const groupRank = (p: PropertyDescriptor): number => {
    const i = descriptor.groups.indexOf(p.group);
    return i < 0 ? descriptor.groups.length : i;
  };
  const rank = (p: PropertyDescriptor): number => {
    const common = COMMON_PROPERTIES.indexOf(p.name);
    return common >= 0 ? common : COMMON_PROPERTIES.length + groupRank(p);
  };
  const declared = new Map(descriptor.properties.map((p, i) => [p.name, i]));
  const order = (a: PropertyDescriptor, b: PropertyDescriptor): number =>
    rank(a) - rank(b) || (declared.get(a.name) ?? 0) - (declared.get(b.name) ?? 0);
  const fields = descriptor.properties.filter(shown).sort(order).map((p) => fieldSpec(p, base));
  const addable = descriptor.properties
    .filter((p) => !shown(p) && !p.superseded)
    .sort((a, b) => groupRank(a) - groupRank(b) || a.name.localeCompare(b.name));
  return { fields, addable };
}
