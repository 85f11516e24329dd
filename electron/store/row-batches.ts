/**
 * Visits every row of a type in rowid order, a batch at a time. better-sqlite3 refuses other
 * statements while an iterator is open, and backfills write while they read.
 */
import type Database from 'better-sqlite3';

const BATCH = 2000;

/** Calls `fn` for each `entities` row (optionally of one type). */
export function forEachEntityRow(db: Database.Database, type: string | null, fn: (row: { rowid: number; id: string; type: string; doc: string }) => void): void {
  const stmt = db.prepare(
    `SELECT rowid, id, type, doc FROM entities WHERE rowid > ? ${type === null ? '' : 'AND type = ?'} ORDER BY rowid LIMIT ${BATCH}`,
  );
  let last = 0;
  for (;;) {
    const rows = (type === null ? stmt.all(last) : stmt.all(last, type)) as Array<{ rowid: number; id: string; type: string; doc: string }>;
    for (const row of rows) fn(row);
    if (rows.length < BATCH) return;
    last = rows[rows.length - 1]!.rowid;
  }
}
