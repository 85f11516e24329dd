/**
 * What the compiler may assume about a type's documents. The store records, per type,
 * which JSON kinds have ever appeared at each path (`a.b`, and `a.b[]` for elements of an
 * array at `a.b`). Knowing that no array was ever stored along a path lets the compiler
 * emit the plain `json_extract` comparison an expression index serves, instead of the
 * array-aware form MongoDB semantics otherwise need. The record only grows, so it is a
 * safe over-approximation.
 */
import type { Kind } from './dialect';

/** Kinds seen at a path: a set (empty when never seen) or `'any'` when not tracked. */
export type Kinds = ReadonlySet<Kind> | 'any';

/** The kinds recorded for a type's documents. */
export interface TypeShape {
  /** Kinds seen at a normalized path (`a.b`; `a.b[]` for array elements). */
  kinds(path: string): Kinds;
}

/** The indexes a type has, as the compiler needs to know them. */
export interface IndexHints {
  /** Values reached through arrays at this path are kept in `entity_values`. */
  multikey(path: string): boolean;
  /** A `lower(json_extract(...))` index exists on this path. */
  caseFolded(path: string): boolean;
  /** A plain `json_extract(...)` index leads with this path. */
  plain(path: string): boolean;
}

/** A shape that knows nothing: every kind is possible everywhere. */
export const UNKNOWN_SHAPE: TypeShape = { kinds: () => 'any' };

/** No declared indexes. */
export const NO_INDEXES: IndexHints = { multikey: () => false, caseFolded: () => false, plain: () => false };

/** True when `kinds` may include `kind`. */
export function mayBe(kinds: Kinds, kind: Kind): boolean {
  return kinds === 'any' || kinds.has(kind);
}

/** True when `kinds` may include a kind outside `allowed`. */
export function mayBeOther(kinds: Kinds, allowed: readonly Kind[]): boolean {
  if (kinds === 'any') return true;
  for (const k of kinds) if (!allowed.includes(k)) return true;
  return false;
}
