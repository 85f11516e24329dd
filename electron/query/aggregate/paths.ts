/**
 * Reading and writing dotted paths in documents with MongoDB's array rule: a path through an
 * array of objects reaches the field of every element (`'$a.b'` over `{ a: [{ b: 1 }, { b: 2 }] }`
 * is `[1, 2]`). Own properties only, so `__proto__` never reaches a prototype.
 */

/** The value at a path, or undefined when missing. */
export function resolvePath(value: unknown, segments: readonly string[], from = 0): unknown {
  if (from === segments.length) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      if (item === null || typeof item !== 'object') continue;
      const found = resolvePath(item, segments, from);
      if (found !== undefined) out.push(found);
    }
    return out;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const key = segments[from]!;
  if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  return resolvePath((value as Record<string, unknown>)[key], segments, from + 1);
}

/** Sets a value at a path, creating objects on the way (used by `$project` and `$unwind`). */
export function setPath(target: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node = target;
  for (const key of segments.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[segments[segments.length - 1]!] = value;
}

/** Removes a path (no-op when missing). */
export function unsetPath(target: Record<string, unknown>, segments: readonly string[]): void {
  let node: unknown = target;
  for (const key of segments.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) delete (node as Record<string, unknown>)[segments[segments.length - 1]!];
}
