import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { GOVERNANCE_SCHEMA_VERSION, governanceVersion, migrateGovernance } from './schema';
import { appendAudit, auditEntries } from './audit/audit-log';

let dir: string;
let db: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gov-schema-'));
  db = new Database(join(dir, 'g.db'));
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('governance schema', () => {
  it('migrates step by step, keeping the rows of the step before', () => {
    migrateGovernance(db, 1);
    expect(governanceVersion(db)).toBe(1);
    appendAudit(db, { timestamp: '2026-01-01T00:00:00Z', actor: 'a', action: 'create', type: 'T', id: 't1', version: 1, changes: [{ field: 'x', newValue: 1 }], context: { transport: 'test' } });
    migrateGovernance(db);
    expect(governanceVersion(db)).toBe(GOVERNANCE_SCHEMA_VERSION);
    expect(auditEntries(db, 't1')).toMatchObject([{ actor: 'a', changes: [{ field: 'x', newValue: 1 }] }]);
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE entity_id = 't1' AND version = 1").all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toContain('audit_log_entity_version');
  });

  it('refuses a newer governance schema and changes nothing', () => {
    migrateGovernance(db);
    db.prepare("INSERT INTO governance_schema(version, name, applied_at) VALUES (99, 'future', 'x')").run();
    db.close();
    const before = readFileSync(join(dir, 'g.db'));
    db = new Database(join(dir, 'g.db'));
    expect(() => migrateGovernance(db)).toThrow(/newer than this app knows/);
    db.close();
    expect(readFileSync(join(dir, 'g.db')).equals(before)).toBe(true);
  });
});
