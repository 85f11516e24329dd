/** The public types of the document store. */
import type Database from 'better-sqlite3';
import type { Entity } from '../../shared/entity';
import type { CollectionOptions } from './collection-settings';

/** A type reference: `$.Person`. Every method also takes the plain name `'Person'`. */
export interface TypeReference<Name extends string = string> {
  readonly $type: Name;
}

/**
 * A type given by reference or by name. `undefined` is admitted only because `$.Person`
 * reads an index signature, which `noUncheckedIndexedAccess` types as possibly undefined;
 * the store refuses an actual `undefined` with BAD_QUERY.
 */
export type TypeRef = string | TypeReference | undefined;

/** Who acts and for which tenant; recorded with changes and used for tenant scoping. */
export interface Context {
  tenant?: string;
  actor?: string;
}

/** Options every call takes. */
export interface CallOptions {
  context?: Context;
}

/** Whether soft-deleted entities are read: skipped (default), included, or only they (the trash). */
export type DeletedMode = 'exclude' | 'include' | 'only';

/** Options of reads. */
export interface ReadOptions extends CallOptions {
  /** Shorthand for `deleted: 'include'`. */
  includeDeleted?: boolean;
  deleted?: DeletedMode;
  /** Reference paths to resolve into entities (one query per path). */
  populate?: string[];
}

/** Sort order: `{ name: 'asc', 'worksFor.name': 'desc' }`; `$id` always breaks ties. */
export type OrderBy = Record<string, 'asc' | 'desc'>;

/** A `where` filter (see docs/engine-api.md for the language). */
export type Where = Record<string, unknown>;

/** Options of `list`/`find`. */
export interface ListOptions extends ReadOptions {
  where?: Where;
  orderBy?: OrderBy;
  limit?: number;
  skip?: number;
}

/** Options of `aggregate`: the caller's scope and whether soft-deleted entities enter the pipeline. */
export interface AggregateOptions extends CallOptions {
  includeDeleted?: boolean;
  deleted?: DeletedMode;
}

/** Options of `page`: keyset paging with an opaque cursor. */
export interface PageOptions extends ReadOptions {
  where?: Where;
  orderBy?: OrderBy;
  limit?: number;
  cursor?: string | null;
}

/** Options of `count`. */
export interface CountOptions extends CallOptions {
  where?: Where;
  includeDeleted?: boolean;
  deleted?: DeletedMode;
}

/** One page and the cursor of the next (null on the last). */
export interface Page<T = Entity> {
  items: T[];
  next: string | null;
}

/** Options of writes. */
export interface WriteOptions extends CallOptions {
  /** Refuse with CONFLICT unless the stored `$version` is this one. */
  expectedVersion?: number;
}

/** Options of `delete`. */
export interface DeleteOptions extends WriteOptions {
  /** Remove for good even where the collection soft-deletes. */
  force?: boolean;
}

/** Options of `search`. */
export interface SearchOptions extends CallOptions {
  type?: TypeRef;
  limit?: number;
}

/** What `explain` shows. */
export interface Explanation {
  sql: string;
  params: unknown[];
  plan: string[];
  usesIndex: boolean;
  indexes: string[];
}

/** A write, as observers see it. */
export interface Change {
  action: 'create' | 'update' | 'delete' | 'restore';
  type: string;
  id: string;
  before: Entity | null;
  after: Entity | null;
  context: Context;
}

/** What the `validate` hook receives besides the entity. */
export interface ValidateContext {
  action: Change['action'];
  before: Entity | null;
  context: Context;
}

/** Options of `openStore`. */
export interface StoreOptions {
  /** The SQLite file; `':memory:'` for a private in-memory store. */
  file: string;
  /** A better-sqlite3 binary built for this runtime (Electron's ABI); Node's build otherwise. */
  nativeBinding?: string;
  /** Called before every write is stored, inside its transaction; throw a StudioError to refuse it. */
  validate?: (type: string, entity: Entity, ctx: ValidateContext) => void;
  /** Called for every write inside its transaction (e.g. to write an audit row with `tx.db`). */
  onWrite?: (change: Change, tx: WriteTransaction) => void;
  /**
   * What of an entity the full-text index may see (default: all of it). Governance passes a
   * function that leaves out personal data, so the index never holds it.
   */
  searchable?: (type: string, props: Record<string, unknown>) => Record<string, unknown>;
  /** How often expired (TTL) entities are removed, in ms; 0 turns the timer off. Default 60000. */
  ttlSweepMs?: number;
}

/** The open transaction a write runs in: its connection, for synchronous statements of observers. */
export interface WriteTransaction {
  readonly db: Database.Database;
}

/** The operations a store and a transaction share. */
export interface StoreOps {
  /** Creates an entity; keeps a given `$id`, assigns one otherwise. */
  create(type: TypeRef, data: Record<string, unknown>, options?: CallOptions): Promise<Entity>;
  /** Creates many entities in one transaction. */
  createMany(type: TypeRef, data: Array<Record<string, unknown>>, options?: CallOptions): Promise<Entity[]>;
  /** One entity by `$id`, or null. */
  get(type: TypeRef, id: string, options?: ReadOptions): Promise<Entity | null>;
  /** Entities matching a filter, sorted, with `limit`/`skip`. */
  list(type: TypeRef, options?: ListOptions): Promise<Entity[]>;
  /** The first entity matching a filter, or null. */
  findOne(type: TypeRef, options?: ListOptions): Promise<Entity | null>;
  /** How many entities match. */
  count(type: TypeRef, options?: CountOptions): Promise<number>;
  /** A keyset page: fast at any depth. */
  page(type: TypeRef, options?: PageOptions): Promise<Page>;
  /** Replaces an entity's properties: what is not given is removed. */
  update(type: TypeRef, id: string, data: Record<string, unknown>, options?: WriteOptions): Promise<Entity>;
  /** Merges properties and applies `$set $unset $increment $decrement $push $pull`. */
  patch(type: TypeRef, id: string, changes: Record<string, unknown>, options?: WriteOptions): Promise<Entity>;
  /** Deletes (soft where the collection says so). Returns the entity as deleted. */
  delete(type: TypeRef, id: string, options?: DeleteOptions): Promise<Entity>;
  /** Brings a soft-deleted entity back. */
  restore(type: TypeRef, id: string, options?: WriteOptions): Promise<Entity>;
  /** Deletes every entity matching a filter, in one transaction. */
  deleteMany(type: TypeRef, options: { where?: Where; force?: boolean } & CallOptions): Promise<{ deletedCount: number }>;
  /** Patches the first entity (by `$id`) matching a filter. */
  updateOne(type: TypeRef, where: Where, changes: Record<string, unknown>, options?: CallOptions): Promise<{ matchedCount: number; modifiedCount: number }>;
  /** Full-text search over entities' text values, best first. */
  search(text: string, options?: SearchOptions): Promise<Entity[]>;
  /** Runs an aggregation pipeline (`$match $group $sort $project $limit $skip $unwind`); BAD_QUERY for anything else. */
  aggregate(type: TypeRef, pipeline: Array<Record<string, unknown>>, options?: AggregateOptions): Promise<Array<Record<string, unknown>>>;
  /** The SQL and query plan a filter and order compile to. */
  explain(type: TypeRef, options?: { where?: Where; orderBy?: OrderBy } & CallOptions): Promise<Explanation>;
  /** Live (non-deleted) entities per type, sorted by type. */
  types(): Promise<Array<{ type: string; count: number }>>;
  /** Runs `fn` in a transaction (nested calls use a savepoint); a throw rolls it back. */
  transaction<T>(fn: (tx: StoreOps) => Promise<T> | T): Promise<T>;
  /**
   * Runs `fn` on the connection for tables kept beside the entities (audit log, settings):
   * like a read (after open transactions, or inside the caller's), or with `write` inside a
   * write transaction of its own (or the caller's).
   */
  connection<T>(fn: (db: Database.Database) => T, options?: { write?: boolean }): Promise<T>;
}

/** A session, MongoDB-style: `withTransaction` then `endSession`. */
export interface Session {
  withTransaction<T>(fn: (tx: StoreOps) => Promise<T> | T): Promise<T>;
  endSession(): void;
}

/** The document store. */
export interface Store extends StoreOps {
  /** Declares (and persists) a collection's settings; returns its typed handle. */
  collection<T extends Record<string, unknown> = Record<string, unknown>>(name: string, options?: CollectionOptions): Collection<T>;
  startSession(): Session;
  /** Runs `fn` holding a named lock kept in the database (excludes other processes too). */
  withLock<T>(name: string, fn: () => Promise<T> | T, options?: { timeout?: number; ttl?: number }): Promise<T>;
  /** Listens to committed changes; returns the unsubscribe function. */
  onChange(listener: (change: Change) => void): () => void;
  /** Removes entities whose TTL index says they expired; returns how many. */
  purgeExpired(): Promise<number>;
  /** The file, whether it opened read-only, the SQLite version and the effective durability pragmas. */
  info(): { file: string; readOnly: boolean; sqliteVersion: string; pragmas: Record<string, string | number> };
  close(): void;
}

/** A typed entity of a collection. */
export type Doc<T> = T & Entity;

/** A collection: the store's operations bound to one type, with its settings. */
export interface Collection<T extends Record<string, unknown> = Record<string, unknown>> {
  readonly name: string;
  readonly type: string;
  /** Settles when the collection's indexes exist (failures also surface on the next call). */
  readonly ready: Promise<void>;
  find(where?: Where, options?: Omit<ListOptions, 'where'>): Promise<Array<Doc<T>>>;
  findOne(where?: Where, options?: Omit<ListOptions, 'where'>): Promise<Doc<T> | null>;
  get(id: string, options?: ReadOptions): Promise<Doc<T> | null>;
  create(data: Partial<T> & Record<string, unknown>, options?: CallOptions): Promise<Doc<T>>;
  update(id: string, data: Partial<T> & Record<string, unknown>, options?: WriteOptions): Promise<Doc<T>>;
  patch(id: string, changes: Record<string, unknown>, options?: WriteOptions): Promise<Doc<T>>;
  updateOne(where: Where, changes: Record<string, unknown>, options?: CallOptions): Promise<{ matchedCount: number; modifiedCount: number }>;
  delete(id: string, options?: DeleteOptions): Promise<Doc<T>>;
  restore(id: string, options?: WriteOptions): Promise<Doc<T>>;
  count(where?: Where, options?: Omit<CountOptions, 'where'>): Promise<number>;
  page(options?: PageOptions): Promise<Page<Doc<T>>>;
  aggregate(pipeline: Array<Record<string, unknown>>, options?: AggregateOptions): Promise<Array<Record<string, unknown>>>;
}
