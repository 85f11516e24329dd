/**
 * JSON-LD nodes to entities. Two inputs: nodes compacted with the schema.org context (what web
 * pages publish and what the exporter writes), read directly so single values and arrays stay
 * as written; and expanded nodes (full IRIs, every value an array), which every other context
 * is first expanded to. In both, `@id` becomes `$id`, `@type` becomes `$type`, a nested node
 * with properties becomes an embedded entity and a bare `{ "@id" }` becomes a reference.
 * A schema.org IRI given for an enumeration member (`https://schema.org/InStock`) becomes the
 * member's short name, the form the store keeps.
 */
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import { isPlainObject } from './import-row';

const SCHEMA_IRI = /^(https?:\/\/(www\.)?schema\.org\/|schema:)/;

/** A schema.org IRI (`http://schema.org/name`, `schema:name`) as its short name; other IRIs unchanged. */
export function shortName(iri: string): string {
  return iri.replace(SCHEMA_IRI, '');
}

/** The `$type` for a node's types: the first one the vocabulary knows, else the first one. */
export function pickType(types: unknown, lookup?: DescriptorLookup): string | undefined {
  const names = (Array.isArray(types) ? types : [types]).filter((t): t is string => typeof t === 'string').map(shortName);
  return (lookup && names.find((n) => lookup.descriptor(n) !== undefined)) ?? names[0];
}

const isBlank = (id: string): boolean => id.startsWith('_:');

/** The enumeration members a property of a type takes, if any. */
function membersOf(lookup: DescriptorLookup | undefined, type: string | undefined, property: string): ReadonlySet<string> | undefined {
  if (!lookup || !type) return undefined;
  const p = lookup.descriptor(type)?.properties.find((q) => q.name === property);
  const members = p?.ranges.flatMap((r) => (r.kind === 'enumeration' ? r.members : []));
  return members && members.length > 0 ? new Set(members) : undefined;
}

/** A member's IRI as its short name when the property takes that member; other values unchanged. */
function member(value: unknown, members: ReadonlySet<string> | undefined): unknown {
  if (!members || typeof value !== 'string' || !SCHEMA_IRI.test(value)) return value;
  const name = shortName(value);
  return members.has(name) ? name : value;
}

/** A reference when the node holds nothing but `@id` (and `@type`): `$id`, or `{ $type, $id }` when typed. */
function asReference(node: Record<string, unknown>, idKey: string, typeKey: string, lookup?: DescriptorLookup): unknown {
  const keys = Object.keys(node).filter((k) => k !== '@context');
  const id = node[idKey];
  if (typeof id !== 'string' || keys.some((k) => k !== idKey && k !== typeKey)) return undefined;
  if (!keys.includes(typeKey)) return id;
  return { $type: pickType(node[typeKey], lookup), $id: id };
}

/** A node compacted with the schema.org context (`"@context": "https://schema.org"`) as an entity. */
export function fromCompacted(node: Record<string, unknown>, lookup?: DescriptorLookup): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const type = pickType(node['@type'] ?? node.type, lookup);
  for (const [key, value] of Object.entries(node)) {
    if (key === '@id' || key === 'id') {
      if (typeof value === 'string' && !isBlank(value)) out.$id = value;
    } else if (key === '@type' || key === 'type') {
      if (type !== undefined) out.$type = type;
    } else if (!key.startsWith('@')) {
      const name = shortName(key);
      out[name] = compactedValue(value, lookup, membersOf(lookup, type, name));
    }
  }
  return out;
}

function compactedValue(value: unknown, lookup: DescriptorLookup | undefined, members: ReadonlySet<string> | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => compactedValue(v, lookup, members));
  if (!isPlainObject(value)) return member(value, members);
  if ('@value' in value) return member(value['@value'], members);
  if ('@list' in value) return compactedValue(value['@list'], lookup, members);
  const idKey = '@id' in value ? '@id' : 'id';
  const typeKey = '@type' in value ? '@type' : 'type';
  return member(asReference(value, idKey, typeKey, lookup), members) ?? fromCompacted(value, lookup);
}

/** An expanded node (`jsonld.expand` output) as an entity; properties outside schema.org keep their IRI. */
export function fromExpanded(node: Record<string, unknown>, lookup?: DescriptorLookup): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const type = pickType(node['@type'], lookup);
  for (const [key, value] of Object.entries(node)) {
    if (key === '@id') {
      if (typeof value === 'string' && !isBlank(value)) out.$id = value;
    } else if (key === '@type') {
      if (type !== undefined) out.$type = type;
    } else if (!key.startsWith('@')) {
      const name = shortName(key);
      const members = membersOf(lookup, type, name);
      const values = (Array.isArray(value) ? value : [value]).map((v) => expandedValue(v, lookup, members));
      out[name] = values.length === 1 ? values[0] : values;
    }
  }
  return out;
}

function expandedValue(value: unknown, lookup: DescriptorLookup | undefined, members: ReadonlySet<string> | undefined): unknown {
  if (!isPlainObject(value)) return member(value, members);
  if ('@value' in value) return member(value['@value'], members);
  if ('@list' in value) return (value['@list'] as unknown[]).map((v) => expandedValue(v, lookup, members));
  return member(asReference(value, '@id', '@type', lookup), members) ?? fromExpanded(value, lookup);
}
