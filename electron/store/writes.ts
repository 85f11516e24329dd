/**
 * The write operations, synchronous, inside an open transaction (`state`). Each computes the
 * entity after the write and hands before/after to the one write path (write-path.ts).
 */
import { randomUUID } from 'node:crypto';
import { EntityIdSchema } from '../../shared/entity';
import type { Entity } from '../../shared/entity';
import { notFound, validationError } from '../../shared/errors';
import { selectMatchingRows } from '../query/select';
import { checkVersion, toProps, type EntityRow, type Props } from './entity-data';
import type { TxState } from './gate';
import { checkType, specFor } from './reads';
import { checkTenant, deletedMode, stampTenant, visible } from './scope';
import type { StoreCore } from './store-core';
import { applyPatch } from './update-ops';
import { commitWrite } from './write-path';
import type { Context, DeletedMode, Where } from './types';

const SOFT_DELETE_FIELDS = ['deleted', 'deletedAt', 'deletedBy'];

function now(): string {
  return new Date().toISOString();
}

/** Creates one entity. */
export function createEntity(core: StoreCore, state: TxState, type: string, data: Record<string, unknown>, context: Context = {}): Entity {
  checkType(type);
  return createChecked(core, state, type, data, context, now());
}

/**
 * Creates entities in order inside the open transaction. What holds for the whole batch (the
 * type, its settings, the timestamp) is settled once; each entity still takes the one write path.
 */
export function createEntities(core: StoreCore, state: TxState, type: string, data: ReadonlyArray<Record<string, unknown>>, context: Context = {}): Entity[] {
  checkType(type);
  const at = now();
  const created: Entity[] = new Array(data.length);
  for (let i = 0; i < data.length; i += 1) created[i] = createChecked(core, state, type, data[i]!, context, at);
  return created;
}

function createChecked(core: StoreCore, state: TxState, type: string, data: Record<string, unknown>, context: Context, at: string): Entity {
  const given = data?.$id;
  if (given !== undefined && !plainId(given)) {
    const parsed = EntityIdSchema.safeParse(given);
    if (!parsed.success) throw validationError([{ path: ['$id'], message: parsed.error.issues[0]?.message ?? 'invalid id' }]);
  }
  const id = (given as string | undefined) ?? randomUUID();
  const props = stampTenant(core.settings.forType(type), context, toProps(type, data));
  return commitWrite(core, state, { action: 'create', type, before: null, after: { id, version: 1, createdAt: at, updatedAt: at, deleted: false, props }, context });
}

/** What `EntityIdSchema` accepts, checked without building a parse result; anything else goes to the schema for its message. */
function plainId(id: unknown): boolean {
  return typeof id === 'string' && id.length >= 1 && id.length <= 200 && !CONTROL.test(id);
}

const CONTROL = /[\u0000-\u001f]/;

/** The row to change, or NOT_FOUND when it is missing, of another type, or out of the caller's scope. */
function loadForWrite(core: StoreCore, type: string, id: string, context: Context | undefined, mode: DeletedMode): { row: EntityRow; props: Props } {
  checkType(type);
  checkTenant(core.settings.forType(type), context);
  const row = typeof id === 'string' ? core.rowById(id) : undefined;
  if (!row || row.type !== type) throw notFound(type, String(id));
  const props = JSON.parse(row.doc) as Props;
  if (!visible(core.settings.forType(type), context, mode, row.deleted === 1, props)) throw notFound(type, id);
  return { row, props };
}

/** Writes new properties over a row (skipped when nothing changed). */
function rewrite(core: StoreCore, state: TxState, type: string, row: EntityRow, props: Props, action: 'update' | 'delete' | 'restore', deleted: boolean, context: Context): Entity {
  const doc = JSON.stringify(props);
  if (action === 'update' && doc === row.doc) return loadEntity(row, props);
  return commitWrite(core, state, {
    action,
    type,
    before: row,
    after: { id: row.id, version: row.version + 1, createdAt: row.created_at, updatedAt: now(), deleted, props },
    context,
  });
}

function loadEntity(row: EntityRow, props: Props): Entity {
  return { $type: row.type, $id: row.id, $version: row.version, $createdAt: row.created_at, $updatedAt: row.updated_at, ...props };
}

/** Replaces the properties: what `data` does not give is removed. */
export function updateEntity(core: StoreCore, state: TxState, type: string, id: string, data: Record<string, unknown>, options: { expectedVersion?: number; context?: Context } = {}): Entity {
  const context = options.context ?? {};
  const { row } = loadForWrite(core, type, id, context, 'exclude');
  checkVersion(type, id, row.version, options.expectedVersion);
  const props = stampTenant(core.settings.forType(type), context, toProps(type, data));
  return rewrite(core, state, type, row, props, 'update', false, context);
}

/** Merges properties and applies update operators. */
export function patchEntity(core: StoreCore, state: TxState, type: string, id: string, changes: Record<string, unknown>, options: { expectedVersion?: number; context?: Context } = {}): Entity {
  const context = options.context ?? {};
  const { row, props } = loadForWrite(core, type, id, context, 'exclude');
  checkVersion(type, id, row.version, options.expectedVersion);
  const next = stampTenant(core.settings.forType(type), context, applyPatch(props, changes));
  return rewrite(core, state, type, row, next, 'update', false, context);
}

/** Deletes: marks soft-deleted where the collection says so, removes otherwise or with `force`. */
export function deleteEntity(core: StoreCore, state: TxState, type: string, id: string, options: { force?: boolean; expectedVersion?: number; context?: Context } = {}): Entity {
  const context = options.context ?? {};
  const { row, props } = loadForWrite(core, type, id, context, options.force ? 'include' : 'exclude');
  checkVersion(type, id, row.version, options.expectedVersion);
  if (core.settings.forType(type)?.softDelete && !options.force) {
    const marked = { ...props, deleted: true, deletedAt: now(), deletedBy: context.actor ?? null };
    return rewrite(core, state, type, row, marked, 'delete', true, context);
  }
  return commitWrite(core, state, { action: 'delete', type, before: row, after: null, context });
}

/** Brings back a soft-deleted entity. */
export function restoreEntity(core: StoreCore, state: TxState, type: string, id: string, options: { expectedVersion?: number; context?: Context } = {}): Entity {
  const context = options.context ?? {};
  const { row, props } = loadForWrite(core, type, id, context, 'only');
  checkVersion(type, id, row.version, options.expectedVersion);
  const restored = Object.fromEntries(Object.entries(props).filter(([k]) => !SOFT_DELETE_FIELDS.includes(k)));
  return rewrite(core, state, type, row, restored, 'restore', false, context);
}

/** Deletes every entity the caller can see that matches `where`. */
export function deleteWhere(core: StoreCore, state: TxState, type: string, options: { where?: Where; force?: boolean; context?: Context; allTenants?: boolean }): number {
  checkType(type);
  const spec = specFor(core, type, options.where, options.context, options.force ? 'include' : 'exclude', options.allTenants);
  const rows = core.all<EntityRow>(selectMatchingRows(spec));
  const context = options.context ?? {};
  const soft = core.settings.forType(type)?.softDelete && !options.force;
  for (const row of rows) {
    if (soft) rewrite(core, state, type, row, { ...(JSON.parse(row.doc) as Props), deleted: true, deletedAt: now(), deletedBy: context.actor ?? null }, 'delete', true, context);
    else commitWrite(core, state, { action: 'delete', type, before: row, after: null, context });
  }
  return rows.length;
}

/** Patches the first match (by `$id`). */
export function updateFirst(core: StoreCore, state: TxState, type: string, where: Where, changes: Record<string, unknown>, context: Context = {}): { matchedCount: number; modifiedCount: number } {
  checkType(type);
  const spec = specFor(core, type, where, context, deletedMode({}));
  const row = core.all<EntityRow>(selectMatchingRows(spec, 1))[0];
  if (!row) return { matchedCount: 0, modifiedCount: 0 };
  const after = patchEntity(core, state, type, row.id, changes, { context });
  return { matchedCount: 1, modifiedCount: after.$version === row.version ? 0 : 1 };
}

/** Removes entities older than their type's TTL index allows; returns how many. */
export function purgeExpiredEntities(core: StoreCore, state: TxState, at = Date.now()): number {
  core.refresh();
  let removed = 0;
  for (const settings of core.settings.all()) {
    for (const index of settings.indexes) {
      if (index.ttlSeconds === null) continue;
      const field = index.fields[0]!.join('.');
      const cutoff = at - index.ttlSeconds * 1000;
      const where = { $or: [{ [field]: { $lt: new Date(cutoff).toISOString() } }, { [field]: { $lt: cutoff } }] };
      removed += deleteWhere(core, state, settings.type, { where, force: true, allTenants: true, context: { actor: 'system:ttl' } });
    }
  }
  return removed;
}
