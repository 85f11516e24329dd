/**
 * Saved and recent queries, per tenant, in the tables of store migration 5. Plain functions
 * over a connection: the handlers run them through `store.connection`, so they wait for open
 * transactions like any read or write.
 */
import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';

/** `find` for builder queries, `aggregate` for pipelines. */
export type QueryKind = 'find' | 'aggregate';

/** A saved query as listed. */
export interface SavedQuery {
  id: number;
  name: string;
  kind: QueryKind;
  type: string;
  body: unknown;
  updatedAt: string;
}

/** A recent query as listed. */
export interface RecentQuery {
  id: number;
  kind: QueryKind;
  type: string;
  body: unknown;
  runAt: string;
}

/** Largest saved body, as JSON text. */
const MAX_BODY = 200_000;
/** Recent queries kept per tenant and kind. */
export const RECENT_KEPT = 30;

interface SavedRow {
  id: number;
  name: string;
  kind: QueryKind;
  type: string;
  body: string;
  updated_at: string;
}

const toSaved = (r: SavedRow): SavedQuery => ({ id: r.id, name: r.name, kind: r.kind, type: r.type, body: JSON.parse(r.body), updatedAt: r.updated_at });

function bodyText(body: unknown): string {
  const text = JSON.stringify(body ?? null);
  if (text.length > MAX_BODY) throw new StudioError('VALIDATION', `A saved query holds at most ${MAX_BODY} characters of JSON`, { issues: [{ path: ['body'], message: 'too large' }] });
  return text;
}

/** The tenant's saved queries (of one kind, or all), by name. */
export function listSaved(db: Database.Database, tenant: string, kind?: QueryKind): SavedQuery[] {
  const rows = db
    .prepare('SELECT id, name, kind, type, body, updated_at FROM saved_queries WHERE tenant = ? AND (? IS NULL OR kind = ?) ORDER BY name COLLATE NOCASE, id')
    .all(tenant, kind ?? null, kind ?? null) as SavedRow[];
  return rows.map(toSaved);
}

/** Saves under a name, replacing the tenant's query of the same name and kind. */
export function saveQuery(db: Database.Database, tenant: string, query: { name: string; kind: QueryKind; type: string; body: unknown }): SavedQuery {
  const now = new Date().toISOString();
  const row = db
    .prepare(
      `INSERT INTO saved_queries(tenant, kind, name, type, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(tenant, kind, name) DO UPDATE SET type = excluded.type, body = excluded.body, updated_at = excluded.updated_at
       RETURNING id, name, kind, type, body, updated_at`,
    )
    .get(tenant, query.kind, query.name, query.type, bodyText(query.body), now, now) as SavedRow;
  return toSaved(row);
}

/** Deletes one of the tenant's saved queries; false when there was none. */
export function deleteSaved(db: Database.Database, tenant: string, id: number): boolean {
  return db.prepare('DELETE FROM saved_queries WHERE tenant = ? AND id = ?').run(tenant, id).changes > 0;
}

/** Records a run: the same query run again moves to the top instead of repeating; old ones are dropped. */
export function recordRecent(db: Database.Database, tenant: string, query: { kind: QueryKind; type: string; body: unknown }): void {
  const text = bodyText(query.body);
  db.prepare('DELETE FROM recent_queries WHERE tenant = ? AND kind = ? AND type = ? AND body = ?').run(tenant, query.kind, query.type, text);
  db.prepare('INSERT INTO recent_queries(tenant, kind, type, body, run_at) VALUES (?, ?, ?, ?, ?)').run(tenant, query.kind, query.type, text, new Date().toISOString());
  db.prepare('DELETE FROM recent_queries WHERE tenant = ? AND kind = ? AND id NOT IN (SELECT id FROM recent_queries WHERE tenant = ? AND kind = ? ORDER BY id DESC LIMIT ?)').run(
    tenant,
    query.kind,
    tenant,
    query.kind,
    RECENT_KEPT,
  );
}

/** The tenant's recent queries, newest first. */
export function listRecent(db: Database.Database, tenant: string, kind: QueryKind | undefined, limit: number): RecentQuery[] {
  const rows = db
    .prepare('SELECT id, kind, type, body, run_at FROM recent_queries WHERE tenant = ? AND (? IS NULL OR kind = ?) ORDER BY id DESC LIMIT ?')
    .all(tenant, kind ?? null, kind ?? null, limit) as Array<{ id: number; kind: QueryKind; type: string; body: string; run_at: string }>;
  return rows.map((r) => ({ id: r.id, kind: r.kind, type: r.type, body: JSON.parse(r.body), runAt: r.run_at }));
}
