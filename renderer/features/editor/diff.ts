/** Field-level differences between two versions of an entity, for the conflict view. */
import { formatPath } from '../../../shared/errors';

/** One property path whose value differs. */
export interface FieldDiff {
  path: string;
  mine: unknown;
  theirs: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Leaf paths with their values; lists compare whole, objects by property. */
function flatten(value: unknown, path: (string | number)[], out: Map<string, unknown>): void {
  if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) if (!key.startsWith('$') || key === '$type' || key === '$id') flatten(item, [...path, key], out);
    return;
  }
  out.set(formatPath(path), value);
}

/** The paths where `mine` and `theirs` differ, in `mine`'s order then `theirs`'. */
export function diffEntities(mine: Record<string, unknown>, theirs: Record<string, unknown>): FieldDiff[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(mine, [], a);
  flatten(theirs, [], b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => JSON.stringify(a.get(p)) !== JSON.stringify(b.get(p)))
    .map((path) => ({ path, mine: a.get(path), theirs: b.get(path) }));
}

/** A value as the diff shows it. */
export function diffText(value: unknown): string {
  if (value === undefined) return '(not set)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
