/**
 * The governance tables, beside the engine's in the same file: the audit log, blind indexes,
 * applied workspace migrations, archived entities, settings edited in the app. Numbered,
 * forward-only steps recorded in `governance_schema`, each in its own transaction; a file
 * whose governance schema is newer than this code is refused untouched.
 */
import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';

/** One step of the governance schema. */
interface SchemaStep {
  version: number;
  name: string;
  sql: string;
}

const STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    name: 'audit log, blind indexes, workspace migrations, archive, settings',
    sql: `
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        changes TEXT NOT NULL,
        context TEXT NOT NULL,
        reason TEXT,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_log_entity ON audit_log(entity_id, seq);
      CREATE INDEX audit_log_ts ON audit_log(ts);
      CREATE TABLE blind_index (
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        digest TEXT NOT NULL,
        PRIMARY KEY (entity_id, field)
      ) WITHOUT ROWID;
      CREATE INDEX blind_index_lookup ON blind_index(field, digest);
      CREATE TABLE workspace_migrations (id TEXT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
      CREATE TABLE archived_entities (
        seq INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        doc TEXT NOT NULL,
        archived_at TEXT NOT NULL,
        rule TEXT NOT NULL
      );
      CREATE TABLE governance_settings (type TEXT PRIMARY KEY, settings TEXT NOT NULL);
      CREATE TABLE governance_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'audit log by entity and version',
    // Rebuilding a version and finding its timestamp look entries up by version, not only by order.
    sql: 'CREATE INDEX audit_log_entity_version ON audit_log(entity_id, version)',
  },
];

/** The newest governance schema version this code knows. */
export const GOVERNANCE_SCHEMA_VERSION = STEPS[STEPS.length - 1]!.version;

/** The governance schema version of a database (0 when it has none yet). */
export function governanceVersion(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS governance_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  return Number(db.prepare('SELECT coalesce(max(version), 0) FROM governance_schema').pluck().get());
}

/** Brings the governance tables up to date; refuses a newer schema without changing anything. */
export function migrateGovernance(db: Database.Database, target = GOVERNANCE_SCHEMA_VERSION): void {
  const current = governanceVersion(db);
  if (current > GOVERNANCE_SCHEMA_VERSION) {
    throw new StudioError('CONFLICT', `This database's governance tables are at version ${current}, newer than this app knows (${GOVERNANCE_SCHEMA_VERSION}): update the app to open it.`);
  }
  for (const step of STEPS) {
    if (step.version <= current || step.version > target) continue;
    db.transaction(() => {
      db.exec(step.sql);
      db.prepare('INSERT INTO governance_schema(version, name, applied_at) VALUES (?, ?, ?)').run(step.version, step.name, new Date().toISOString());
    })();
  }
}
