/**
 * The fields a query can name for a type: drawn from the type's vocabulary descriptor
 * (nested one level through entity ranges, so `worksFor.name` is offered) and merged with
 * the paths actually present in stored documents (`infer-fields.ts`), which also cover
 * custom types and deeper embedded objects.
 */
import { z } from 'zod';
import type { DescriptorLookup, PropertyDescriptor, RangeDescriptor } from '../vocab/descriptor';

/** What kind of value a field holds; it decides the operators and value editors offered. */
export const VALUE_KINDS = ['text', 'number', 'date', 'datetime', 'boolean', 'enum', 'reference', 'object'] as const;
/** One of `VALUE_KINDS`. */
export type ValueKind = (typeof VALUE_KINDS)[number];

/** A field the builder's picker offers. */
export const FieldSpecSchema = z.object({
  /** Dotted path as the `where` syntax names it: `worksFor.name`. */
  path: z.string(),
  kind: z.enum(VALUE_KINDS),
  /** The field holds a list of values (of `kind`). */
  array: z.boolean(),
  /** Allowed values of an enumeration. */
  members: z.array(z.string()).optional(),
  /** The entity type a reference points to. */
  refType: z.string().optional(),
  /** Where the field was found: in the vocabulary, in stored data, or both. */
  source: z.enum(['vocabulary', 'data', 'both']),
});
/** A field the builder's picker offers. */
export type FieldSpec = z.infer<typeof FieldSpecSchema>;

const NUMBER_TYPES = new Set(['Number', 'Integer', 'Float']);
/** How deep vocabulary properties are expanded through entity ranges (1 = `worksFor.name`). */
const VOCABULARY_DEPTH = 1;

/**
 * The value kind of a property from its ranges: entity > enumeration > number > date > boolean
 * > text, except that a property that also takes Text (`jobTitle`: Text or DefinedTerm) is
 * text, since that is what such properties hold in practice.
 */
export function kindOfRanges(ranges: readonly RangeDescriptor[]): Pick<FieldSpec, 'kind' | 'members' | 'refType'> {
  const entity = ranges.find((r) => r.kind === 'entity');
  const takesText = ranges.some((r) => r.kind === 'data' && (r.type === 'Text' || r.type === 'URL'));
  if (entity && !takesText) return { kind: 'reference', refType: entity.type };
  const enumeration = ranges.find((r) => r.kind === 'enumeration');
  if (enumeration && enumeration.kind === 'enumeration') return { kind: 'enum', members: enumeration.members };
  const data = ranges.filter((r) => r.kind === 'data').map((r) => r.type);
  if (data.length > 0 && data.every((t) => NUMBER_TYPES.has(t))) return { kind: 'number' };
  if (data.length === 1 && data[0] === 'Date') return { kind: 'date' };
  if (data.length === 1 && data[0] === 'DateTime') return { kind: 'datetime' };
  if (data.length === 1 && data[0] === 'Boolean') return { kind: 'boolean' };
  if (data.length === 1 && data[0] === 'Map') return { kind: 'object' };
  return { kind: 'text' };
}

/** Fields of a type from its descriptor; unknown types have none. */
export function fieldsFromDescriptor(lookup: DescriptorLookup, type: string): FieldSpec[] {
  const out: FieldSpec[] = [];
  walk(lookup, type, '', 0, out, new Set([type]));
  return out;
}

function walk(lookup: DescriptorLookup, type: string, prefix: string, depth: number, out: FieldSpec[], seen: Set<string>): void {
  const descriptor = lookup.descriptor(type);
  if (!descriptor) return;
  for (const property of descriptor.properties) {
    if (property.superseded) continue;
    const spec = specOf(property, prefix);
    out.push(spec);
    if (spec.kind === 'reference' && spec.refType && depth < VOCABULARY_DEPTH && !seen.has(spec.refType)) {
      walk(lookup, spec.refType, `${spec.path}.`, depth + 1, out, new Set([...seen, spec.refType]));
    }
  }
}

function specOf(property: PropertyDescriptor, prefix: string): FieldSpec {
  return {
    path: `${prefix}${property.name}`,
    ...kindOfRanges(property.ranges),
    array: property.multiplicity === 'repeated',
    source: 'vocabulary',
  };
}

/**
 * Merges vocabulary fields with fields seen in data: the data wins on shape (an embedded
 * object is not a reference; a value seen as a list is a list), the vocabulary on meaning
 * (enumeration members, reference targets). Fields seen in data come first.
 */
export function mergeFields(vocabulary: readonly FieldSpec[], observed: readonly FieldSpec[]): FieldSpec[] {
  const byPath = new Map(vocabulary.map((f) => [f.path, f]));
  const merged: FieldSpec[] = [];
  for (const seen of observed) {
    const known = byPath.get(seen.path);
    byPath.delete(seen.path);
    if (!known) {
      merged.push(seen);
      continue;
    }
    const keepVocabularyKind = seen.kind === 'text' && ['enum', 'reference', 'date', 'datetime'].includes(known.kind);
    merged.push({ ...known, kind: keepVocabularyKind ? known.kind : seen.kind, array: seen.array || known.array, source: 'both' });
  }
  const rest = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  return [...merged.sort((a, b) => a.path.localeCompare(b.path)), ...rest];
}
