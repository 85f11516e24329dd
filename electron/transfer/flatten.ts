/**
 * Entities as CSV columns: embedded entities become dotted paths (`address.postalCode`); arrays
 * and free key/value objects (`labels`) stay whole, written as JSON in one cell. When the export names no columns they are chosen
 * from the first entities: `$id`, then each path in the order it first appears. A nested
 * object's `$type` gets a column only when it differs from the one the import would infer.
 */
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import { isPlainObject } from './import-row';
import { resolvePath } from './property-paths';

/** The value at a dotted path, or undefined. */
export function valueAtPath(entity: Record<string, unknown>, path: string): unknown {
  if (path === '$id' || path === '$type' || !path.includes('.')) return entity[path];
  let node: unknown = entity;
  for (const segment of path.split('.')) {
    if (!isPlainObject(node)) return undefined;
    node = node[segment];
  }
  return node;
}

/** The columns of a CSV export of `type` chosen from sample entities. */
export function deriveColumns(entities: ReadonlyArray<Record<string, unknown>>, type: string, lookup?: DescriptorLookup): string[] {
  const seen = new Set<string>(['$id']);
  const inferred = new Map<string, string | undefined>();
  const inferredType = (path: string): string | undefined => {
    if (!inferred.has(path)) {
      const segments = path.split('.');
      const parent = resolvePath(lookup, type, `${path}.x`).objectTypes[segments.length - 1];
      inferred.set(path, parent);
    }
    return inferred.get(path);
  };
  const walk = (node: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('$') && !(prefix && (key === '$type' || key === '$id'))) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      if (key === '$type') {
        if (value !== inferredType(prefix)) seen.add(path);
      } else if (isPlainObject(value) && (typeof value.$type === 'string' || inferredType(path) !== undefined)) walk(value, path);
      else seen.add(path);
    }
  };
  for (const entity of entities) walk(entity, '');
  return [...seen];
}
