/** The read operations, synchronous, over a store's core. */
import type { Entity } from '../../shared/entity';
import { badQuery } from '../../shared/errors';
import { decodeCursor, encodeCursor, queryFingerprint } from '../query/cursor';
import { isTypeName } from '../query/identifiers';
import { parseOrderBy, splitAfter, type SortValue } from '../query/order';
import { parseWhere } from '../query/parse-where';
import { valueKey } from '../query/plan-cache';
import { selectCount, selectList, type SelectSpec } from '../query/select';
import { NO_INDEXES } from '../query/shape';
import { compile, sql, Sql, type CompiledSql } from '../query/sql';
import { RAW_KEYS_FROM, rawRowToEntity, toEntity, type Props, type RawEntityRow } from './entity-data';
import { populate } from './populate';
import { checkTenant, deletedMode, readScope, visible } from './scope';
import type { StoreCore } from './store-core';
import type { CountOptions, DeletedMode, Explanation, ListOptions, Page, PageOptions, ReadOptions, Where, Context } from './types';

/** Largest page or list. */
export const MAX_LIMIT = 10_000;
/** Page size when none is given. */
const DEFAULT_PAGE = 100;

/** Checks a type name given by a caller. */
export function checkType(type: string): string {
  if (!isTypeName(type)) throw badQuery('type', `"${String(type).slice(0, 60)}" is not a valid type name`);
  return type;
}

/** A spec for the query compiler from a type and caller options. */
export function specFor(core: StoreCore, type: string, where: Where | undefined, context: Context | undefined, mode: DeletedMode, allTenants = false): SelectSpec {
  core.refresh();
  const settings = core.settings.forType(type);
  return { type, scope: readScope(allTenants ? undefined : settings, context, mode), where: parseWhere(where), shape: core.shapes.shapeOf(type), hints: settings?.hints ?? NO_INDEXES };
}

/** One entity by id, or null when missing, of another type, or not visible to the caller. */
export function getEntity(core: StoreCore, type: string, id: string, options: ReadOptions = {}): Entity | null {
  checkType(type);
  if (typeof id !== 'string') throw badQuery('id', 'an id is a string');
  // Tenant scoping and soft delete follow collection settings another connection may have changed.
  core.refresh();
  const settings = core.settings.forType(type);
  checkTenant(settings, options.context);
  const row = core.rowOfType(id, type);
  if (!row) return null;
  const props = JSON.parse(row.doc) as Props;
  if (!visible(settings, options.context, deletedMode(options), row.deleted === 1, props)) return null;
  // The properties parsed for the visibility check are the entity's: the document is parsed once.
  const entity = toEntity({ id, type, version: row.version, created_at: row.created_at, updated_at: row.updated_at }, props);
  populate(core, [entity], options.populate, options.context);
  return entity;
}

function checkLimit(value: number | undefined, name: string, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > (name === 'skip' ? Number.MAX_SAFE_INTEGER : MAX_LIMIT)) {
    throw badQuery(name, `${name} is a whole number from 0${name === 'limit' ? ` to ${MAX_LIMIT}` : ''}`);
  }
  return value;
}

/** Entities matching a filter, in order. */
export function listEntities(core: StoreCore, type: string, options: ListOptions = {}): Entity[] {
  checkType(type);
  const mode = deletedMode(options);
  const limit = checkLimit(options.limit, 'limit', undefined);
  const offset = checkLimit(options.skip, 'skip', 0) ?? 0;
  // Limits are part of the shape only as far as they change the SQL text (present or not, offset or not).
  const paging = { ...(limit === undefined ? {} : { limit }), ...(offset ? { offset } : {}) };
  const order = options.orderBy === undefined ? '' : valueKey(options.orderBy);
  const fixed = order === null ? null : `list|${limit === undefined ? '' : 'L'}${offset ? 'O' : ''}|${order}`;
  const query = planned(core, fixed, type, mode, options, paging, (spec, v) => {
    // Without orderBy the order is the planner's (usually $id): it may then use the most selective index.
    const order = options.orderBy === undefined ? [] : parseOrderBy(options.orderBy);
    return selectList(spec, order, { limit: v.limit as number | undefined, offset: v.offset as number | undefined });
  });
  const entities = core.rawRows(query).map((row) => rawRowToEntity(row, type));
  populate(core, entities, options.populate, options.context);
  return entities;
}

/** How many entities match. */
export function countEntities(core: StoreCore, type: string, options: CountOptions = {}): number {
  checkType(type);
  // An unfiltered count of live entities is kept per type by the write path: no scan of a million rows.
  if (isEmptyWhere(options.where) && deletedMode(options) === 'exclude') {
    core.refresh();
    if (!core.settings.forType(type)?.tenantField) return core.all<{ live: number }>(sql`SELECT live FROM type_counts WHERE type = ${type}`)[0]?.live ?? 0;
  }
  const query = planned(core, 'count', type, deletedMode(options), options, {}, (spec) => selectCount(spec));
  return core.all<{ n: number }>(query)[0]?.n ?? 0;
}

/** A keyset page. */
export function pageEntities(core: StoreCore, type: string, options: PageOptions = {}): Page {
  checkType(type);
  const mode = deletedMode(options);
  const order = parseOrderBy(options.orderBy);
  const limit = checkLimit(options.limit, 'limit', DEFAULT_PAGE) || DEFAULT_PAGE;
  const fingerprint = queryFingerprint([type, options.where ?? null, options.orderBy ?? null, mode, options.context?.tenant ?? null]);
  const after = options.cursor ? decodeCursor(options.cursor, order.length, fingerprint) : undefined;
  const rows = rowsAfter(core, type, mode, options, order, limit + 1, after);
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const items = pageRows.map((row) => rawRowToEntity(row, type));
  populate(core, items, options.populate, options.context);
  const last = pageRows[pageRows.length - 1];
  const next = more && last ? encodeCursor(order.map((_, i) => (last[RAW_KEYS_FROM + i] as SortValue | undefined) ?? null), fingerprint) : null;
  return { items, next };
}

/** Up to `count` rows after the cursor values, as two index seeks where `splitAfter` applies. */
function rowsAfter(core: StoreCore, type: string, mode: DeletedMode, options: PageOptions, order: ReturnType<typeof parseOrderBy>, count: number, after: SortValue[] | undefined): RawEntityRow[] {
  const split = after ? splitAfter(order, after) !== null : false;
  const orderKey = valueKey(options.orderBy ?? null);
  // part 0: one query after the cursor (or the first page); 1 and 2: the two halves of `splitAfter`.
  const run = (part: 0 | 1 | 2, limit: number): RawEntityRow[] =>
    core.rawRows(
      planned(core, orderKey === null ? null : `page|${part}|${orderKey}`, type, mode, options, { limit, after: after ?? null }, (spec, v) => {
        const values = v.after as SortValue[] | null;
        if (part === 0) return selectList(spec, order, { limit: v.limit as number, cursorKeys: true, ...(values ? { after: values } : {}) });
        // Part 1 holds the leading key equal to the cursor's: only the `$id` tie-break orders it.
        return selectList(spec, order, { limit: v.limit as number, cursorKeys: true, extra: [splitAfter(order, values!)![part - 1]!], fixedLeadingKeys: part === 1 ? 1 : 0 });
      }),
    );
  if (!split) return run(0, count);
  const same = run(1, count);
  if (same.length >= count) return same;
  return same.concat(run(2, count - same.length));
}

/**
 * A read's SQL through the plan cache. `fixed` is what the SQL text depends on besides the
 * type, deleted mode, tenant and filter (what query, order, paging), as a key string, or null
 * when it is not plain JSON (then nothing is cached); `values` are further bound values; the
 * tenant is a value, whether there is one is not.
 */
function planned(
  core: StoreCore,
  fixed: string | null,
  type: string,
  mode: DeletedMode,
  options: { where?: Where; context?: Context },
  values: Record<string, unknown>,
  build: (spec: SelectSpec, values: Record<string, unknown>) => Sql,
): CompiledSql {
  core.refresh();
  const tenant = options.context?.tenant;
  // A tenant that is not a non-empty string is refused (or ignored) the same way whatever it is.
  const hasTenant = typeof tenant === 'string' && tenant.length > 0;
  // The SQL tells apart only these modes (readScope); the type is a checked name, free of '|'.
  const scope = mode === 'exclude' ? 'x' : mode === 'only' ? 'o' : 'i';
  const key = fixed === null ? null : `${fixed}|${type}|${scope}|${hasTenant ? 't' : ''}|${core.shapes.epoch}/${core.settings.epoch}`;
  const variable = { where: options.where ?? null, values, ...(hasTenant ? { tenant } : {}) };
  return core.plans.compile(key, variable, (v) => {
    const { where, values: bound, tenant: t } = v as { where: Where | null; values: Record<string, unknown>; tenant?: string };
    const context = hasTenant ? { tenant: t } : { tenant: options.context?.tenant };
    return build(specFor(core, type, where ?? undefined, context, mode), bound);
  });
}

/** The compiled SQL of a query and SQLite's plan for it. */
export function explainQuery(core: StoreCore, type: string, options: { where?: Where; orderBy?: Record<string, 'asc' | 'desc'>; context?: Context } = {}): Explanation {
  checkType(type);
  const spec = specFor(core, type, options.where, options.context, 'exclude');
  const order = options.orderBy === undefined ? [] : parseOrderBy(options.orderBy);
  const { sql, params } = compile(selectList(spec, order, { limit: DEFAULT_PAGE }));
  const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
  const indexes = [...new Set(plan.flatMap((line) => [...line.matchAll(/INDEX (\w+)/g)].map((m) => m[1]!)))];
  // The (type, id) index alone only walks the type: it does not serve the filter.
  const usesIndex = indexes.some((name) => name !== 'entities_type_id');
  return { sql, params, plan, usesIndex, indexes };
}

/** Live entities per type. */
export function typeCounts(core: StoreCore): Array<{ type: string; count: number }> {
  return core.all<{ type: string; count: number }>(TYPE_COUNTS);
}

/** Counts are summed by the write path at each commit, so this reads a handful of rows. */
function isEmptyWhere(where: Where | undefined): boolean {
  return where === undefined || (typeof where === 'object' && where !== null && Object.keys(where).length === 0);
}

const TYPE_COUNTS = Sql.trusted('SELECT type, live AS count FROM type_counts WHERE live > 0 ORDER BY type');
