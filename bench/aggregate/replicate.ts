/**
 * Grows a benchmark data set inside SQLite: loading 1M entities through `createMany` takes
 * tens of minutes on a shared 2-core machine (full-text indexing, counts, shapes), while the
 * aggregation figures only need the rows. So a base set is loaded through the engine (shapes,
 * counts and indexes as in real use) and copied in SQL with new ids — metrics shifted past the
 * base's time range so every hour stays one reading per series. The copies are not in the
 * full-text index, which aggregation never reads.
 */
import Database from 'better-sqlite3';

/** Copies `type`'s rows until there are `size`, `copy` numbering the new ids; `shiftHours` moves timestamps per copy. */
export function replicate(file: string, type: string, size: number, shiftHours: number | null): void {
  const db = new Database(file);
  try {
    const base = Number(db.prepare('SELECT count(*) FROM entities WHERE type = ?').pluck().get(type));
    const copies = Math.ceil(size / base) - 1;
    db.transaction(() => {
      for (let copy = 1; copy <= copies; copy++) {
        const doc = shiftHours === null ? 'doc' : `json_set(doc, '$.timestamp', strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(doc, '$.timestamp'), '+${copy * shiftHours} hours'))`;
        db.prepare(
          `INSERT INTO entities(id, type, version, created_at, updated_at, deleted, doc)
           SELECT id || '-c${copy}', type, version, created_at, updated_at, deleted, ${doc} FROM entities
           WHERE type = ? AND id NOT LIKE '%-c%' ORDER BY rowid LIMIT ?`,
        ).run(type, Math.min(base, size - copy * base));
      }
    })();
    db.exec('PRAGMA analysis_limit = 0; ANALYZE;');
  } finally {
    db.close();
  }
}
