/**
 * Opaque page cursors: the last row's sort values plus a fingerprint of the query they
 * belong to, base64url-encoded. A cursor that does not decode, or belongs to another
 * query, is a BAD_QUERY.
 */
import { createHash } from 'node:crypto';
import { badQuery } from '../../shared/errors';
import type { SortValue } from './order';

/** A fingerprint of what a cursor is valid for. */
export function queryFingerprint(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts) ?? '').digest('base64url').slice(0, 16);
}

/** Encodes the sort values of the last row of a page. */
export function encodeCursor(values: readonly SortValue[], fingerprint: string): string {
  return Buffer.from(JSON.stringify({ v: values, q: fingerprint })).toString('base64url');
}

/** Decodes a cursor for a query with `count` sort keys. */
export function decodeCursor(cursor: string, count: number, fingerprint: string): SortValue[] {
  let parsed: unknown;
  try {
    if (typeof cursor !== 'string' || cursor.length > 4096 || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw new Error('shape');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badQuery('cursor', 'the cursor is not valid; start again from the first page');
  }
  const value = parsed as { v?: unknown; q?: unknown };
  if (
    typeof value !== 'object' || value === null || !Array.isArray(value.v) || value.v.length !== count ||
    !value.v.every((x) => x === null || typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)))
  ) {
    throw badQuery('cursor', 'the cursor is not valid; start again from the first page');
  }
  if (value.q !== fingerprint) throw badQuery('cursor', 'the cursor belongs to another query (filter or order changed); start again from the first page');
  return value.v as SortValue[];
}
