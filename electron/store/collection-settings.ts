/**
 * What `db.collection(name, options)` declares about a type: indexes, tenant field, soft
 * delete. Options are validated here and normalized into settings that are persisted in
 * the `collections` table, so they hold after a reopen and for every `db.*` call on the type.
 */
import { StudioError } from '../../shared/errors';
import { isTypeName, parsePath } from '../query/identifiers';
import { createHash } from 'node:crypto';

/** One index as declared: a field name, or an object. */
export type IndexDeclaration =
  | string
  | {
      /** One field (dotted path). */
      field?: string;
      /** Several fields (composite): names, or `{ name: 1 | -1 }`. */
      fields?: string[] | Record<string, 1 | -1 | 'asc' | 'desc'>;
      /** Refuse two live entities with the same value(s): `UNIQUE` error. */
      unique?: boolean;
      /** Entities whose (date) field is older than this many seconds are removed. */
      expireAfterSeconds?: number;
      /** Also index the lower-cased value, for case-insensitive prefix regexes (`^Jo` with `i`). */
      caseInsensitive?: boolean;
    };

/** Options of `db.collection(name, options)`. */
export interface CollectionOptions {
  /** The entity type the collection holds; defaults to the collection name. */
  type?: string;
  indexes?: IndexDeclaration[];
  /** A property holding the tenant: every call is then scoped to `context.tenant`. */
  tenantField?: string;
  /** `{ softDelete: true }`: `delete` marks `deleted`/`deletedAt`/`deletedBy` and reads skip them. */
  defaultFilters?: { softDelete?: boolean };
  /** A time series (MongoDB's option): readings with a time field, indexed for time-range queries. */
  timeseries?: TimeSeriesOptions;
}

/** Time-series options: the time field, the field naming the series (e.g. `name`), the reading interval. */
export interface TimeSeriesOptions {
  timeField: string;
  metaField?: string;
  granularity?: 'seconds' | 'minutes' | 'hours';
}

/** A normalized index. */
export interface IndexSettings {
  /** SQLite index name: `ix_<type>_<fields>_<hash>`. */
  name: string;
  fields: string[][];
  unique: boolean;
  ttlSeconds: number | null;
  caseInsensitive: boolean;
}

/** A type's normalized settings. */
export interface TypeSettings {
  collection: string;
  type: string;
  indexes: IndexSettings[];
  tenantField: string[] | null;
  softDelete: boolean;
}

const COLLECTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;

/** Validates and normalizes collection options (VALIDATION errors name the option). */
export function normalizeSettings(name: string, options: CollectionOptions = {}): TypeSettings {
  const fail = (path: string, message: string) => new StudioError('VALIDATION', `collection "${name}": ${path}: ${message}`, { issues: [{ path: path.split('.'), message }] });
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) throw fail('name', 'a collection name starts with a letter and has only letters, digits, _ and -');
  const type = options.type ?? name;
  if (!isTypeName(type)) throw fail('type', 'a type name starts with a letter and has only letters, digits and _');
  const tenantField = options.tenantField === undefined ? null : parsePathOr(options.tenantField, 'tenantField', fail);
  const indexes = (options.indexes ?? []).map((decl, i) => normalizeIndex(type, decl, `indexes.${i}`, fail));
  if (options.timeseries !== undefined) indexes.push(...timeSeriesIndexes(type, options.timeseries, indexes, fail));
  if (tenantField && !indexes.some((ix) => ix.fields.length === 1 && ix.fields[0]!.join('.') === tenantField.join('.'))) {
    indexes.push(makeIndex(type, [tenantField], false, null, false));
  }
  return { collection: name, type, indexes, tenantField, softDelete: options.defaultFilters?.softDelete === true };
}

/**
 * The indexes a time series needs: the time field alone serves time-range queries, and with a
 * meta field `(meta, time)` serves "this series over this range" — the shape of every chart query.
 */
function timeSeriesIndexes(type: string, ts: TimeSeriesOptions, existing: readonly IndexSettings[], fail: (p: string, m: string) => StudioError): IndexSettings[] {
  if (ts === null || typeof ts !== 'object') throw fail('timeseries', 'timeseries is { timeField, metaField?, granularity? }');
  if (ts.granularity !== undefined && !['seconds', 'minutes', 'hours'].includes(ts.granularity)) throw fail('timeseries.granularity', 'granularity is seconds, minutes or hours');
  const time = parsePathOr(ts.timeField, 'timeseries.timeField', fail);
  const wanted = [[time]];
  if (ts.metaField !== undefined) wanted.push([parsePathOr(ts.metaField, 'timeseries.metaField', fail), time]);
  const has = (fields: string[][]) => existing.some((ix) => JSON.stringify(ix.fields) === JSON.stringify(fields));
  return wanted.filter((fields) => !has(fields)).map((fields) => makeIndex(type, fields, false, null, false));
}

function normalizeIndex(type: string, decl: IndexDeclaration, at: string, fail: (p: string, m: string) => StudioError): IndexSettings {
  if (typeof decl === 'string') return makeIndex(type, [parsePathOr(decl, at, fail)], false, null, false);
  if (decl === null || typeof decl !== 'object') throw fail(at, 'an index is a field name or { field | fields, unique?, expireAfterSeconds?, caseInsensitive? }');
  const names = decl.field !== undefined ? [decl.field] : Array.isArray(decl.fields) ? decl.fields : decl.fields ? Object.keys(decl.fields) : [];
  if (names.length === 0 || names.length > 8) throw fail(at, 'an index names 1 to 8 fields');
  const fields = names.map((f, i) => parsePathOr(f, `${at}.fields.${i}`, fail));
  const ttl = decl.expireAfterSeconds ?? null;
  if (ttl !== null && (typeof ttl !== 'number' || !Number.isFinite(ttl) || ttl < 0 || fields.length !== 1)) {
    throw fail(`${at}.expireAfterSeconds`, 'a TTL is a number of seconds >= 0 on a single field');
  }
  if (decl.caseInsensitive && fields.length !== 1) throw fail(`${at}.caseInsensitive`, 'case-insensitive indexes have one field');
  return makeIndex(type, fields, decl.unique === true, ttl, decl.caseInsensitive === true);
}

function makeIndex(type: string, fields: string[][], unique: boolean, ttlSeconds: number | null, caseInsensitive: boolean): IndexSettings {
  const label = fields.map((f) => f.join('_')).join('__').replace(/-/g, '_').slice(0, 60);
  const hash = createHash('sha256').update(JSON.stringify([type, fields, unique, caseInsensitive])).digest('hex').slice(0, 8);
  return { name: `ix_${type}_${label}_${hash}`, fields, unique, ttlSeconds, caseInsensitive };
}

function parsePathOr(path: unknown, at: string, fail: (p: string, m: string) => StudioError): string[] {
  if (typeof path !== 'string') throw fail(at, 'a field path is a string');
  try {
    return parsePath(path, at);
  } catch (error) {
    throw fail(at, (error as Error).message);
  }
}
