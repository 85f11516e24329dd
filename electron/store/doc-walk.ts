/**
 * Walks over stored documents: the text full-text search indexes, and the values a path
 * reaches through arrays (kept in `entity_values` for declared indexes). The array rules
 * are the compiler's (see electron/query/field-sources.ts): arrays at inner steps are
 * entered through their object elements, the value at the end counts itself and its elements.
 */
import type { Kind } from '../query/dialect';

/** Longest text indexed for one entity. */
const MAX_TEXT = 64 * 1024;

/** Every string value of a document (and its id), one per line, for FTS5. */
export function indexTextValues(id: string, doc: unknown): string {
  const parts: string[] = [id];
  collectText(doc, 0, parts, id.length);
  const text = parts.join('\n');
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/**
 * Appends the strings under `v` to `parts`; returns the running size. Module-level (not a
 * closure per call): bulk writes call this once per entity.
 */
function collectText(v: unknown, depth: number, parts: string[], size: number): number {
  if (size > MAX_TEXT || depth > 32) return size;
  if (typeof v === 'string') {
    parts.push(v);
    return size + v.length + 1;
  }
  if (v === null || typeof v !== 'object') return size;
  if (Array.isArray(v)) {
    for (const x of v) size = collectText(x, depth + 1, parts, size);
  } else {
    for (const key in v) {
      if (Object.prototype.hasOwnProperty.call(v, key)) size = collectText((v as Record<string, unknown>)[key], depth + 1, parts, size);
    }
  }
  return size;
}

/** A scalar reached through an array, as stored in `entity_values`. */
export interface ArrayValue {
  value: string | number;
  kind: Kind;
  /** 1 when it is an element of the array at the end of the path. */
  elem: 0 | 1;
}

/** The JSON kind of a value, as SQLite's `json_type` names it. */
export function kindOf(v: unknown): Kind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'string':
      return 'text';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return Number.isInteger(v) ? 'integer' : 'real';
    default:
      return 'object';
  }
}

function scalarEntry(v: unknown, elem: 0 | 1): ArrayValue | null {
  if (typeof v === 'string') return { value: v, kind: 'text', elem };
  if (typeof v === 'number') return { value: v, kind: kindOf(v), elem };
  if (typeof v === 'boolean') return { value: v ? 1 : 0, kind: v ? 'true' : 'false', elem };
  return null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The non-null scalars a path reaches only by entering an array. */
export function arrayValues(doc: unknown, segments: readonly string[]): ArrayValue[] {
  const out: ArrayValue[] = [];
  visitPath(doc, segments, 0, false, out);
  return out;
}

function visitPath(node: unknown, segments: readonly string[], i: number, viaArray: boolean, out: ArrayValue[]): void {
  if (i === segments.length) {
    if (Array.isArray(node)) {
      for (const el of node) {
        const entry = scalarEntry(el, 1);
        if (entry) out.push(entry);
      }
    } else if (viaArray) {
      const entry = scalarEntry(node, 0);
      if (entry) out.push(entry);
    }
    return;
  }
  if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, segments[i]!)) return;
  const child = node[segments[i]!];
  if (i + 1 < segments.length && Array.isArray(child)) {
    for (const el of child) if (isObject(el)) visitPath(el, segments, i + 1, true, out);
  } else {
    visitPath(child, segments, i + 1, viaArray, out);
  }
}
