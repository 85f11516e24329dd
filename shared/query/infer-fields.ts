/**
 * Fields seen in stored documents: every path to a value (through embedded objects), with
 * the kind its values have. Types without a descriptor (custom types, imported data) get a
 * field picker from this alone.
 */
import type { FieldSpec, ValueKind } from './fields';

/** Deepest path reported. */
const MAX_DEPTH = 4;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

interface Seen {
  kinds: Set<ValueKind>;
  array: boolean;
}

/** The kind of one scalar or object value. */
export function kindOfValue(value: unknown): ValueKind | undefined {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return DATE_TIME.test(value) ? 'datetime' : DATE.test(value) ? 'date' : 'text';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return 'object';
  return undefined;
}

/** Fields present in `docs`, bookkeeping (`$`) keys left out, sorted by path. */
export function inferFields(docs: readonly Record<string, unknown>[]): FieldSpec[] {
  const seen = new Map<string, Seen>();
  for (const doc of docs) visit(doc, '', 0, seen);
  return [...seen.entries()]
    .map(([path, s]) => ({ path, kind: pickKind(s.kinds), array: s.array, source: 'data' as const }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

function visit(value: Record<string, unknown>, prefix: string, depth: number, seen: Map<string, Seen>): void {
  if (depth >= MAX_DEPTH) return;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('$') || child === undefined) continue;
    const path = `${prefix}${key}`;
    const entry = seen.get(path) ?? { kinds: new Set<ValueKind>(), array: false };
    seen.set(path, entry);
    const items = Array.isArray(child) ? child : [child];
    if (Array.isArray(child)) entry.array = true;
    for (const item of items) {
      const kind = kindOfValue(item);
      if (!kind) continue;
      entry.kinds.add(kind);
      if (kind === 'object') visit(item as Record<string, unknown>, `${path}.`, depth + 1, seen);
    }
  }
}

/** One kind for mixed values: a single kind as is, dates with date-times as date-times, anything else as text. */
function pickKind(kinds: Set<ValueKind>): ValueKind {
  if (kinds.size === 0) return 'text';
  if (kinds.size === 1) return [...kinds][0]!;
  if ([...kinds].every((k) => k === 'date' || k === 'datetime')) return 'datetime';
  return kinds.has('object') ? 'object' : 'text';
}
