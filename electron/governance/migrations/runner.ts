/**
 * Applies and reverts a workspace's migrations. Applied migrations are recorded in
 * `workspace_migrations`. Before running, the database is backed up online; then every
 * selected migration runs in ONE transaction with its record, so a failure anywhere rolls
 * all of them back and leaves the store exactly as it was. Writes a migration makes are
 * audited as `migrate`, with the migration's id as the reason.
 */
import { StudioError } from '../../../shared/errors';
import type { Store } from '../../store/types';
import { currentRequest, withRequest } from '../audit/request-scope';
import { backupDatabase } from './backup';
import { findMigrations, loadMigration, type MigrationFile } from './discover';
import { migrationDb } from './migration-db';

/** Which migrations are applied, which are pending, and applied ones whose file is gone. */
export interface MigrationStatus {
  applied: Array<{ id: string; appliedAt: string }>;
  pending: Array<{ id: string }>;
  missing: string[];
}

/** Where migrations come from and where backups go. */
export interface MigrationPlace {
  /** The governed store (migrations run through hooks and encryption like any write). */
  store: Store;
  dir: string;
  backupDir: string;
  /** Who runs them, as the audit trail records. */
  actor: string;
  /** Called after a run that changed something (to drop caches). */
  onChanged?: () => void;
}

async function appliedIds(store: Store): Promise<Array<{ id: string; appliedAt: string }>> {
  return store.connection((db) => db.prepare('SELECT id, applied_at AS appliedAt FROM workspace_migrations ORDER BY id').all() as Array<{ id: string; appliedAt: string }>);
}

/** The migration status of a workspace. */
export async function migrationStatus(store: Store, dir: string): Promise<MigrationStatus> {
  const files = findMigrations(dir);
  const applied = await appliedIds(store);
  const done = new Set(applied.map((a) => a.id));
  return {
    applied,
    pending: files.filter((f) => !done.has(f.id)).map((f) => ({ id: f.id })),
    missing: applied.filter((a) => !files.some((f) => f.id === a.id)).map((a) => a.id),
  };
}

async function run(place: MigrationPlace, selected: MigrationFile[], direction: 'up' | 'down'): Promise<{ ids: string[]; backup: string | null }> {
  if (selected.length === 0) return { ids: [], backup: null };
  const modules = await Promise.all(selected.map(loadMigration));
  const backup = await backupDatabase(place.store, place.backupDir, `before-migrate-${direction}`);
  await place.store.transaction(async (tx) => {
    for (const [i, m] of selected.entries()) {
      const mod = modules[i]!;
      try {
        await withRequest({ ...(currentRequest() ?? { transport: 'cli' as const }), actor: place.actor, auditAction: 'migrate', reason: `${m.id} (${direction})` }, () =>
          mod[direction](migrationDb(tx)),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new StudioError(error instanceof StudioError ? error.code : 'VALIDATION', `Migration ${m.id} (${direction}) failed: ${message}. Nothing was changed; a backup is at ${backup}.`, {
          details: { migration: m.id, backup },
        });
      }
      await tx.connection(
        (db) =>
          direction === 'up'
            ? db.prepare('INSERT INTO workspace_migrations(id, name, applied_at) VALUES (?, ?, ?)').run(m.id, mod.description ?? m.id, new Date().toISOString())
            : db.prepare('DELETE FROM workspace_migrations WHERE id = ?').run(m.id),
        { write: true },
      );
    }
  });
  place.onChanged?.();
  return { ids: selected.map((m) => m.id), backup };
}

/** Applies pending migrations in order, up to and including `to` when given. */
export async function migrateUp(place: MigrationPlace, options: { to?: string } = {}): Promise<{ applied: string[]; backup: string | null }> {
  const files = findMigrations(place.dir);
  const done = new Set((await appliedIds(place.store)).map((a) => a.id));
  if (options.to && !files.some((f) => f.id === options.to)) throw new StudioError('NOT_FOUND', `There is no migration "${options.to}" in ${place.dir}`);
  const limit = options.to ? files.findIndex((f) => f.id === options.to) : files.length - 1;
  const { ids, backup } = await run(place, files.slice(0, limit + 1).filter((f) => !done.has(f.id)), 'up');
  return { applied: ids, backup };
}

/** Reverts the last `steps` applied migrations (default 1), or every one applied after `to`. */
export async function migrateDown(place: MigrationPlace, options: { to?: string; steps?: number } = {}): Promise<{ reverted: string[]; backup: string | null }> {
  const files = findMigrations(place.dir);
  const applied = (await appliedIds(place.store)).map((a) => a.id);
  const missing = applied.filter((id) => !files.some((f) => f.id === id));
  const appliedFiles = files.filter((f) => applied.includes(f.id)).reverse();
  let selected: MigrationFile[];
  if (options.to !== undefined) {
    if (!applied.includes(options.to)) throw new StudioError('NOT_FOUND', `Migration "${options.to}" is not applied`);
    selected = appliedFiles.filter((f) => f.id > options.to!);
  } else {
    selected = appliedFiles.slice(0, options.steps ?? 1);
  }
  if (missing.some((id) => selected.length > 0 && id > selected[selected.length - 1]!.id)) {
    throw new StudioError('CONFLICT', `Applied migrations have no file any more (${missing.join(', ')}): they cannot be reverted`);
  }
  const { ids, backup } = await run(place, selected, 'down');
  return { reverted: ids, backup };
}
