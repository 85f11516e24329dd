/** A hash of everything a user could lose: every entity row and every table beside them. */
import { createHash } from 'node:crypto';
import type { Store } from '../store';

/** SHA-256 over every user table's rows in a fixed order (FTS shadow tables excluded: derived). */
export async function fingerprint(store: Store): Promise<string> {
  return store.connection((db) => {
    const hash = createHash('sha256');
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'entity_fts%' AND name <> 'locks' ORDER BY name")
      .pluck()
      .all() as string[];
    for (const table of tables) {
      hash.update(`\u0000${table}\u0000`);
      const quoted = `"${table.replace(/"/g, '""')}"`;
      for (const row of db.prepare(`SELECT * FROM ${quoted} ORDER BY 1, 2`).raw().iterate()) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  });
}
