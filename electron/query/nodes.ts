/**
 * The lowered form of a `where` filter: small immutable nodes the compiler visits.
 * Negations ($ne, $nin, $exists: false, field-level $not) are all `not` nodes, so the
 * compiler has one place that decides what "does not match" means.
 */

/** A JSON scalar. */
export type Scalar = string | number | boolean | null;
/** Any JSON value a filter may compare with. */
export type JsonValue = Scalar | JsonValue[] | { [key: string]: JsonValue };

/** The bookkeeping columns a filter or sort may name with a `$` field. */
export const META_COLUMNS = {
  $id: { column: 'id', kind: 'text' },
  $type: { column: 'type', kind: 'text' },
  $version: { column: 'version', kind: 'integer' },
  $createdAt: { column: 'created_at', kind: 'text' },
  $updatedAt: { column: 'updated_at', kind: 'text' },
} as const;

/** One of `$id`, `$type`, `$version`, `$createdAt`, `$updatedAt`. */
export type MetaField = keyof typeof META_COLUMNS;

/** What a comparison reads: a bookkeeping column or a path into the document. */
export type Field =
  | { readonly kind: 'meta'; readonly name: MetaField }
  | { readonly kind: 'json'; readonly segments: readonly string[] };

/** A range operator. */
export type RangeOp = 'gt' | 'gte' | 'lt' | 'lte';

/** A node of a lowered filter. */
export type Node =
  | { readonly kind: 'and'; readonly items: readonly Node[] }
  | { readonly kind: 'or'; readonly items: readonly Node[] }
  | { readonly kind: 'not'; readonly item: Node }
  | { readonly kind: 'eq'; readonly field: Field; readonly value: JsonValue }
  | { readonly kind: 'range'; readonly field: Field; readonly op: RangeOp; readonly value: string | number }
  | { readonly kind: 'in'; readonly field: Field; readonly values: readonly Scalar[] }
  | { readonly kind: 'exists'; readonly field: Field }
  | { readonly kind: 'regex'; readonly field: Field; readonly source: string; readonly flags: string }
  | { readonly kind: 'contains'; readonly field: Field; readonly value: Scalar };

/** Freezes a node so compiled plans can share it safely. */
export function node<N extends Node>(n: N): N {
  return Object.freeze(n);
}

/** The dotted name of a field, for messages. */
export function fieldName(field: Field): string {
  return field.kind === 'meta' ? field.name : field.segments.join('.');
}
