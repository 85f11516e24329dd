/**
 * `populate`: replaces references (`"$id"` strings or `{ $id }` / `{ $type, $id }` objects)
 * at the given paths with the entities they name, one query per path whatever the number
 * of entities. Prefixes of a nested path are resolved first, so `worksFor.parentOrganization`
 * follows the populated `worksFor`.
 */
import type { Entity } from '../../shared/entity';
import { badQuery } from '../../shared/errors';
import { parsePath } from '../query/identifiers';
import { rowToEntity, type EntityRow } from './entity-data';
import { visible } from './scope';
import type { StoreCore } from './store-core';
import type { Context } from './types';

/** Most populate paths per call. */
const MAX_PATHS = 20;

type Slot = { holder: Record<string, unknown> | unknown[]; key: string | number; id: string; type?: string };

/** Resolves references in `entities` in place. */
export function populate(core: StoreCore, entities: Entity[], paths: readonly string[] | undefined, context: Context | undefined): void {
  if (!paths || paths.length === 0 || entities.length === 0) return;
  if (!Array.isArray(paths) || paths.length > MAX_PATHS) throw badQuery('populate', `populate takes up to ${MAX_PATHS} paths`);
  const all = new Set<string>();
  for (const p of paths) {
    if (typeof p !== 'string') throw badQuery('populate', 'populate paths are strings');
    const segments = parsePath(p, `populate.${p}`);
    for (let i = 1; i <= segments.length; i += 1) all.add(segments.slice(0, i).join('.'));
  }
  const ordered = [...all].sort((a, b) => a.split('.').length - b.split('.').length);
  const query = core.statement('SELECT rowid, id, type, version, created_at, updated_at, deleted, doc FROM entities WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0');
  for (const path of ordered) {
    const slots: Slot[] = [];
    for (const entity of entities) collect(entity, path.split('.'), 0, slots);
    if (slots.length === 0) continue;
    const ids = [...new Set(slots.map((s) => s.id))];
    const found = new Map<string, Entity>();
    for (const row of query.all(JSON.stringify(ids)) as EntityRow[]) {
      const entity = rowToEntity(row);
      const { $type, $id, $version, $createdAt, $updatedAt, ...props } = entity;
      if (canSee(core, row.type, context, props)) found.set(row.id, entity);
    }
    for (const slot of slots) {
      const target = found.get(slot.id);
      if (target && (!slot.type || slot.type === target.$type)) (slot.holder as Record<string | number, unknown>)[slot.key] = structuredClone(target);
    }
  }
}

function collect(node: unknown, segments: string[], i: number, out: Slot[]): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const obj = node as Record<string, unknown>;
  const key = segments[i]!;
  if (!Object.prototype.hasOwnProperty.call(obj, key)) return;
  const value = obj[key];
  if (i === segments.length - 1) {
    if (Array.isArray(value)) value.forEach((v, idx) => addSlot(value, idx, v, out));
    else addSlot(obj, key, value, out);
    return;
  }
  if (Array.isArray(value)) for (const el of value) collect(el, segments, i + 1, out);
  else collect(value, segments, i + 1, out);
}

function addSlot(holder: Record<string, unknown> | unknown[], key: string | number, value: unknown, out: Slot[]): void {
  if (typeof value === 'string' && value.length > 0) out.push({ holder, key, id: value });
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const ref = value as Record<string, unknown>;
    const keys = Object.keys(ref);
    if (typeof ref.$id === 'string' && keys.every((k) => k === '$id' || k === '$type')) {
      out.push({ holder, key, id: ref.$id, ...(typeof ref.$type === 'string' ? { type: ref.$type } : {}) });
    }
  }
}

/** A reference to an entity the caller may not see (another tenant's) stays a reference. */
function canSee(core: StoreCore, type: string, context: Context | undefined, props: Record<string, unknown>): boolean {
  try {
    return visible(core.settings.forType(type), context, 'exclude', false, props);
  } catch {
    return false;
  }
}
