/**
 * Applies a column mapping to CSV rows: each mapped cell is converted by its kind and set at
 * its property path, creating the objects along the way with the `$type` the descriptor gives
 * them (`address.postalCode` makes `address` a PostalAddress) unless a `…$type` column says
 * otherwise.
 */
import type { ColumnMapping } from '../../shared/channels/transfer';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import { cellValue } from './csv-cells';
import { isPlainObject } from './import-row';
import { resolvePath } from './property-paths';

interface CompiledColumn {
  index: number;
  segments: string[];
  objectTypes: Array<string | undefined>;
  kind: ColumnMapping['kind'];
  multiple: boolean;
}

/** Turns a CSV row's cells into entity data. */
export type RowConverter = (cells: readonly string[]) => Record<string, unknown>;

/** Prepares the mapping once for every row of an import of `type`. */
export function compileMapping(mapping: readonly ColumnMapping[], type: string, lookup?: DescriptorLookup): RowConverter {
  const columns: CompiledColumn[] = mapping
    .filter((m): m is ColumnMapping & { property: string } => m.property !== null)
    .map((m) => ({
      index: m.index,
      segments: m.property.split('.'),
      objectTypes: resolvePath(lookup, type, m.property).objectTypes,
      kind: m.kind,
      multiple: m.multiple,
    }));
  return (cells) => {
    const data: Record<string, unknown> = {};
    for (const column of columns) {
      const value = cellValue(cells[column.index] ?? '', column.kind, column.multiple);
      if (value !== undefined) setPath(data, column, value);
    }
    return data;
  };
}

function setPath(data: Record<string, unknown>, column: CompiledColumn, value: unknown): void {
  let node = data;
  const last = column.segments.length - 1;
  for (let i = 0; i < last; i++) {
    const key = column.segments[i]!;
    let next = node[key];
    if (!isPlainObject(next)) {
      next = column.objectTypes[i] ? { $type: column.objectTypes[i] } : {};
      node[key] = next;
    }
    node = next as Record<string, unknown>;
  }
  node[column.segments[last]!] = value;
}
