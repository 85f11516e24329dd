/**
 * Field paths inside an entity as the audit trail names them: `address.postalCode`,
 * `keywords[2]`, `worksFor.address.streetAddress`. Segments are property names or array
 * indexes; the helpers read and write plain JSON values without touching the input.
 */

/** One step of a path: a property name or an array index. */
export type PathSegment = string | number;

const SAFE_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `['a', 'b', 0, 'c']` → `a.b[0].c`; keys that are not plain names are quoted: `a["x.y"]`. */
export function formatFieldPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (SAFE_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The inverse of `formatFieldPath`; throws on a malformed path. */
export function parseFieldPath(path: string): PathSegment[] {
  const name = /[A-Za-z_$][\w$-]*/y;
  const bracket = /\[(?:(\d+)|("(?:[^"\\]|\\.)*"))\]/y;
  const segments: PathSegment[] = [];
  let at = 0;
  while (at < path.length) {
    bracket.lastIndex = at;
    const b = bracket.exec(path);
    if (b) {
      segments.push(b[1] !== undefined ? Number(b[1]) : (JSON.parse(b[2] ?? '""') as string));
      at = bracket.lastIndex;
      continue;
    }
    if (segments.length > 0) {
      if (path[at] !== '.') throw new Error(`Malformed field path "${path}"`);
      at += 1;
    }
    name.lastIndex = at;
    const n = name.exec(path);
    if (!n) throw new Error(`Malformed field path "${path}"`);
    segments.push(n[0]);
    at = name.lastIndex;
  }
  if (segments.length === 0) throw new Error('A field path cannot be empty');
  return segments;
}

/** True when `path` is `prefix` or lies inside it (`address.city` inside `address`). */
export function isWithinPath(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** The value at `segments`, or undefined when any step is missing. */
export function getAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (!isContainer(node) || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** True when every step of `segments` exists (a stored `null` counts as present). */
export function hasAt(root: unknown, segments: readonly PathSegment[]): boolean {
  let node = root;
  for (const segment of segments) {
    if (!isContainer(node) || !Object.prototype.hasOwnProperty.call(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

/** A deep copy of a JSON value. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * Sets `value` at `segments` in place, creating objects (or arrays, for a numeric next step)
 * along the way. `__proto__`-style keys are written as own properties, never through the prototype.
 */
export function setAt(root: Record<string, unknown>, segments: readonly PathSegment[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = root;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (last) {
      Object.defineProperty(node, segment, { value, writable: true, enumerable: true, configurable: true });
      return;
    }
    const current = (node as Record<string, unknown>)[segment];
    const next = isContainer(current) && Object.prototype.hasOwnProperty.call(node, segment) ? current : typeof segments[i + 1] === 'number' ? [] : {};
    if (next !== current) Object.defineProperty(node, segment, { value: next, writable: true, enumerable: true, configurable: true });
    node = next;
  });
}

/** Removes the value at `segments` in place; an array element is spliced out so no hole remains. */
export function unsetAt(root: Record<string, unknown>, segments: readonly PathSegment[]): void {
  const parent = getAt(root, segments.slice(0, -1));
  const key = segments[segments.length - 1];
  if (key === undefined || !isContainer(parent)) return;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (key < parent.length) parent.splice(key, 1);
  } else {
    delete (parent as Record<string, unknown>)[key];
  }
}
