/** What the format readers yield: one record of an import file, read or rejected. */
import type { FieldIssue } from '../../shared/errors';

/** A record that could be read: its 1-based position among the file's records and its data. */
export interface ReadRow {
  row: number;
  /** The line it starts on, where the format has one record per line. */
  line?: number;
  data: Record<string, unknown>;
}

/** A record that could not be read (bad JSON, a cell that cannot be converted) and why. */
export interface UnreadableRow {
  row: number;
  line?: number;
  issues: FieldIssue[];
}

/** One record of an import. */
export type ImportRow = ReadRow | UnreadableRow;

/** True for a record that could be read. */
export function isReadRow(row: ImportRow): row is ReadRow {
  return 'data' in row;
}

/** True for a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
