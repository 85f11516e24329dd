/**
 * The one path every write takes (create, update, patch, delete, restore, createMany,
 * deleteMany, updateOne), always inside a transaction: validate hook, the row, the full-text
 * row, the array-value rows of declared indexes, the shape record, the `onWrite` observers
 * (an audit trail writes its row here, in the same transaction), then the change is queued
 * for announcement after commit.
 */
import type Database from 'better-sqlite3';
import { StudioError } from '../../shared/errors';
import type { Entity } from '../../shared/entity';
import { arrayValues, indexTextValues } from './doc-walk';
import { toEntity, type EntityRow, type Props } from './entity-data';
import type { ShapeRegistry } from './shapes';
import type { SettingsRegistry } from './settings-registry';
import type { TxState } from './gate';
import type { Change, Context, StoreOptions } from './types';

/** What the write path needs from the store. */
export interface WriteEnv {
  db: Database.Database;
  shapes: ShapeRegistry;
  settings: SettingsRegistry;
  hooks: Pick<StoreOptions, 'validate' | 'onWrite' | 'searchable'>;
  statements: WriteStatements;
}

/** The prepared statements of the write path. */
export interface WriteStatements {
  insert: Database.Statement;
  update: Database.Statement;
  remove: Database.Statement;
  ftsInsert: Database.Statement;
  ftsDelete: Database.Statement;
  valuesInsert: Database.Statement;
  valuesDelete: Database.Statement;
}

/** Prepares the write path's statements. */
export function prepareWriteStatements(db: Database.Database): WriteStatements {
  return {
    insert: db.prepare('INSERT INTO entities(id, type, version, created_at, updated_at, deleted, doc) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    update: db.prepare('UPDATE entities SET version = ?, updated_at = ?, deleted = ?, doc = ? WHERE rowid = ?'),
    remove: db.prepare('DELETE FROM entities WHERE rowid = ?'),
    ftsInsert: db.prepare('INSERT INTO entity_fts(rowid, body) VALUES (?, ?)'),
    ftsDelete: db.prepare('DELETE FROM entity_fts WHERE rowid = ?'),
    valuesInsert: db.prepare('INSERT INTO entity_values(entity_rowid, type, path, value, kind, elem) VALUES (?, ?, ?, ?, ?, ?)'),
    valuesDelete: db.prepare('DELETE FROM entity_values WHERE entity_rowid = ?'),
  };
}

/** One write: the row before (null to create) and the entity after (null to remove). */
export interface WriteRequest {
  action: Change['action'];
  type: string;
  before: EntityRow | null;
  after: { id: string; version: number; createdAt: string; updatedAt: string; deleted: boolean; props: Props } | null;
  context: Context;
}

/** Applies one write inside the open transaction `state`; returns the entity after (or before, when removed). */
export function commitWrite(env: WriteEnv, state: TxState, req: WriteRequest): Entity {
  const { db, statements: st } = env;
  const before = req.before ? toEntity(req.before, JSON.parse(req.before.doc) as Props) : null;
  const after = req.after
    ? toEntity({ id: req.after.id, type: req.type, version: req.after.version, created_at: req.after.createdAt, updated_at: req.after.updatedAt }, req.after.props)
    : null;
  if (after) env.hooks.validate?.(req.type, after, { action: req.action, before, context: req.context });
  const settings = env.settings.forType(req.type);
  let rowid = req.before?.rowid ?? 0;
  try {
    if (req.after) {
      const doc = JSON.stringify(req.after.props);
      if (req.before) st.update.run(req.after.version, req.after.updatedAt, req.after.deleted ? 1 : 0, doc, rowid);
      else rowid = Number(st.insert.run(req.after.id, req.type, req.after.version, req.after.createdAt, req.after.updatedAt, req.after.deleted ? 1 : 0, doc).lastInsertRowid);
    } else {
      st.remove.run(rowid);
    }
  } catch (error) {
    throw translateConstraint(error, env, req);
  }
  if (req.before) st.ftsDelete.run(rowid);
  if (req.after) {
    const text = env.hooks.searchable ? env.hooks.searchable(req.type, req.after.props) : req.after.props;
    st.ftsInsert.run(rowid, indexTextValues(req.after.id, text));
  }
  const paths = settings?.multikeyPaths ?? [];
  if (paths.length > 0) {
    if (req.before) st.valuesDelete.run(rowid);
    if (req.after) {
      for (const path of paths) {
        for (const v of arrayValues(req.after.props, path.segments)) st.valuesInsert.run(rowid, req.type, path.name, v.value, v.kind, v.elem);
      }
    }
  }
  if (req.after && env.shapes.observe(req.type, req.after.props)) env.shapes.persistNew(db);
  const delta = (req.after && !req.after.deleted ? 1 : 0) - (req.before && req.before.deleted === 0 ? 1 : 0);
  if (delta !== 0) state.counts.set(req.type, (state.counts.get(req.type) ?? 0) + delta);
  const change: Change = { action: req.action, type: req.type, id: (after ?? before)!.$id, before, after, context: ownerContext(settings?.tenantField, req, before) };
  env.hooks.onWrite?.(change, { db });
  state.changes.push(change);
  return (after ?? before)!;
}

/** Writes the transaction's per-type count changes; called just before COMMIT. */
export function flushCounts(env: Pick<WriteEnv, 'db'>, state: TxState): void {
  if (state.counts.size === 0) return;
  const upsert = env.db.prepare('INSERT INTO type_counts(type, live) VALUES (?, ?) ON CONFLICT(type) DO UPDATE SET live = live + excluded.live');
  for (const [type, delta] of state.counts) if (delta !== 0) upsert.run(type, delta);
  state.counts.clear();
}

/** Unique-index violations become UNIQUE (naming field and value) or CONFLICT (a taken `$id`). */
function translateConstraint(error: unknown, env: WriteEnv, req: WriteRequest): unknown {
  const code = (error as { code?: string }).code;
  const message = String((error as Error).message ?? '');
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE') return error;
  if (message.includes('entities.id')) {
    return new StudioError('CONFLICT', `An entity with $id "${req.after?.id}" already exists`, { details: { id: req.after?.id } });
  }
  const index = env.settings.indexByName(/index '([^']+)'/.exec(message)?.[1] ?? '');
  if (!index || !req.after) return new StudioError('UNIQUE', `A unique index of ${req.type} refused the value`);
  const field = index.fields.map((f) => f.join('.')).join(', ');
  const value = index.fields.map((f) => valueAt(req.after!.props, f));
  const shown = value.length === 1 ? JSON.stringify(value[0]) : JSON.stringify(value);
  return new StudioError('UNIQUE', `Another ${req.type} already has ${field} = ${shown}`, {
    details: { type: req.type, field, value: value.length === 1 ? value[0] : value },
    issues: index.fields.map((f) => ({ path: f, message: `must be unique; ${shown} is taken` })),
  });
}

/**
 * The context a change is announced with: on a tenant-scoped type it names the entity's tenant,
 * whoever wrote (the TTL sweep acts for no tenant), so observers such as the audit trail record
 * the change for the tenant it belongs to.
 */
function ownerContext(tenantField: readonly string[] | null | undefined, req: WriteRequest, before: Entity | null): Context {
  if (!tenantField) return req.context;
  const owner = valueAt(req.after?.props ?? (before as Props | null) ?? {}, tenantField);
  return typeof owner === 'string' && owner.length > 0 && owner !== req.context.tenant ? { ...req.context, tenant: owner } : req.context;
}

function valueAt(props: Props, segments: readonly string[]): unknown {
  let node: unknown = props;
  for (const s of segments) node = node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Props)[s] : undefined;
  return node;
}
