/**
 * Custom types kept in the database, versioned, every change kept in history, and registered
 * on the live Vocabulary so entities of them validate at once and the `vocab.*` channels show
 * them like any schema.org type.
 *
 * Which definition wins when a name is defined in several places:
 * - a shipped example (Subscription, Metric, Tenant): the stored definition replaces it, so
 *   users can evolve the examples the demo data uses, with history;
 * - the workspace configuration: the configuration wins and `types.define`/`types.delete`
 *   refuse the name. The configuration file is the workspace's reviewed source of truth; a
 *   change made in the app that silently overrode it would make the file lie. A definition
 *   stored before the configuration declared the name is kept but not used (`problem`).
 *
 * Changes run one at a time, each in one store transaction: the checks, the counts of the
 * entities a change concerns, the rows and the Vocabulary's registration see the same state.
 */
import { StudioError, notFound } from '../../../shared/errors';
import { jsonEquals } from '../../../shared/governance/diff';
import type { CustomTypeDefinition, CustomTypeDefinitionInput } from '../../../shared/vocab/custom-type';
import type { Store, StoreOps } from '../../store';
import type { Vocabulary } from '../vocabulary';
import { diffDefinitions, type DefinitionDiff } from './definition-diff';
import { riskyChanges } from './risky-changes';
import { deleteStored, saveVersion, storedType, storedTypes, typeHistory, type StoredType, type StoredVersion, type VersionKind } from './type-rows';
import { countEntities } from './usage-count';

/** Where a live custom type's definition comes from. */
export type TypeOrigin = 'database' | 'example' | 'workspace';

/** A custom type as listed. */
export interface CustomTypeInfo {
  name: string;
  extends: string;
  description: string;
  propertyCount: number;
  origin: TypeOrigin;
  version: number | null;
  updatedAt: string | null;
  updatedBy: string | null;
  problem?: string;
}

/** A committed change, for listeners (the renderer drops cached descriptors). */
export interface TypeChange {
  name: string;
  version: number;
  action: VersionKind;
}

/** What the service needs. */
export interface TypeServiceOptions {
  /** The store the tables live in (the governed one, so counts see what users see). */
  store: Store;
  /** The live vocabulary, with the examples and the workspace's types already registered. */
  vocab: Vocabulary;
  /** The custom type names the workspace configuration declares. */
  workspaceTypes: ReadonlySet<string>;
  /** Called after each committed change. */
  onChange?: (change: TypeChange) => void;
}

/** Custom types in the database: load on open, define, delete, list, get, history. */
export interface TypeService {
  /** Settles once the stored definitions are registered. */
  readonly ready: Promise<void>;
  list(): Promise<CustomTypeInfo[]>;
  get(name: string): Promise<Omit<CustomTypeInfo, 'propertyCount' | 'extends' | 'description'> & { definition: CustomTypeDefinition }>;
  define(input: CustomTypeDefinitionInput, options: { expectedVersion?: number; force?: boolean; actor: string }): Promise<{ name: string; version: number; changed: boolean }>;
  remove(name: string, options: { expectedVersion?: number; actor: string }): Promise<{ name: string; version: number }>;
  history(name: string, limit: number): Promise<{ name: string; versions: Array<StoredVersion & { diff: DefinitionDiff }> }>;
}

function staleError(name: string, expected: number, actual: number): StudioError {
  return new StudioError('CONFLICT', `${name} is at version ${actual}, not ${expected}: someone changed it meanwhile; reload it and try again`, {
    details: { name, expectedVersion: expected, version: actual },
  });
}

/** Opens the service and starts registering the stored definitions. */
export function createTypeService(options: TypeServiceOptions): TypeService {
  const { store, vocab, workspaceTypes } = options;
  const builtIn = new Map<string, TypeOrigin>(vocab.customTypes().map((d) => [d.name, workspaceTypes.has(d.name) ? 'workspace' : 'example']));
  const fromDatabase = new Set<string>();
  const problems = new Map<string, string>();

  const register = (rows: readonly StoredType[]): void => {
    // A stored type may name one stored after it (a range added later): retry until no pass makes progress.
    let pending = rows.filter((row) => {
      if (builtIn.get(row.name) !== 'workspace') return true;
      problems.set(row.name, `Stored version ${row.version} is not used: the workspace configuration declares ${row.name}`);
      return false;
    });
    while (pending.length > 0) {
      const failed = pending.filter((row) => {
        try {
          vocab.defineCustomType(row.definition);
          fromDatabase.add(row.name);
          problems.delete(row.name);
          return false;
        } catch (error) {
          problems.set(row.name, `Stored version ${row.version} could not be registered: ${(error as Error).message}`);
          return true;
        }
      });
      if (failed.length === pending.length) break;
      pending = failed;
    }
  };

  // A write-mode call joins the store's FIFO queue at once (a read would wait a tick, letting a
  // write queued meanwhile run first), so every store call made after the services open (such
  // as a write of an entity of a stored type) runs after the stored types are registered.
  const ready = store.connection((db) => register(storedTypes(db)), { write: true });
  ready.catch(() => undefined);

  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(async () => {
      await ready;
      return fn();
    });
    queue = run.catch(() => undefined);
    return run;
  };

  /** Applies a vocabulary change inside a transaction, undoing it when the transaction does not commit. */
  const transact = async <T>(fn: (tx: StoreOps, onRollback: (undo: () => void) => void) => Promise<T>): Promise<T> => {
    let undo: (() => void) | undefined;
    try {
      return await store.transaction((tx) => fn(tx, (u) => (undo = u)));
    } catch (error) {
      undo?.();
      throw error;
    }
  };

  const origin = (name: string): TypeOrigin => (fromDatabase.has(name) ? 'database' : (builtIn.get(name) ?? 'database'));

  const refuseWorkspace = (name: string, what: string): void => {
    if (builtIn.get(name) === 'workspace') {
      throw new StudioError('CONFLICT', `${name} is declared by the workspace configuration; ${what} it there`, { details: { name, origin: 'workspace' } });
    }
  };

  /** CONFLICT naming each property whose change stored entities would not survive, and how many use it. */
  const checkUsage = async (tx: StoreOps, name: string, definition: CustomTypeDefinition, after: ReturnType<Vocabulary['type']>): Promise<void> => {
    const before = vocab.describe(name);
    if (!before) return;
    const types = [name, ...vocab.subtypes(name)];
    const used: Array<{ property: string; change: string; count: number }> = [];
    for (const risky of riskyChanges(before, after, (t, a) => vocab.isSubtypeOf(t, a))) {
      const count = await countEntities(tx, types, risky.where);
      if (count > 0) used.push({ property: risky.property, change: risky.change, count });
    }
    if (used.length === 0) return;
    const why = used.map((u) => `${u.property} (${u.change}): ${u.count} stored ${u.count === 1 ? 'entity' : 'entities'} affected`);
    throw new StudioError('CONFLICT', `Changing ${definition.name} could leave stored entities invalid: ${why.join('; ')}. Fix those entities first, or pass force: true to change it anyway.`, {
      details: { name, usage: used },
      issues: used.map((u) => ({ path: ['properties', u.property], message: `${u.change}: ${u.count} stored ${u.count === 1 ? 'entity' : 'entities'}` })),
    });
  };

  return {
    ready,

    async list() {
      await ready;
      const stored = new Map((await store.connection((db) => storedTypes(db))).map((s) => [s.name, s]));
      const live = vocab.customTypes().map((def): CustomTypeInfo => {
        const from = origin(def.name);
        const row = from === 'database' ? stored.get(def.name) : undefined;
        const info: CustomTypeInfo = {
          name: def.name,
          extends: def.extends,
          description: def.description,
          propertyCount: Object.keys(def.properties).length,
          origin: from,
          version: row?.version ?? null,
          updatedAt: row?.updatedAt ?? null,
          updatedBy: row?.updatedBy ?? null,
        };
        const problem = problems.get(def.name);
        return problem ? { ...info, problem } : info;
      });
      // Stored definitions that could not be registered are listed too, with why.
      const unloaded = [...stored.values()].filter((s) => !vocab.hasType(s.name)).map((s): CustomTypeInfo => ({
        name: s.name,
        extends: s.definition.extends,
        description: s.definition.description,
        propertyCount: Object.keys(s.definition.properties).length,
        origin: 'database',
        version: s.version,
        updatedAt: s.updatedAt,
        updatedBy: s.updatedBy,
        problem: problems.get(s.name) ?? 'Not registered',
      }));
      return [...live, ...unloaded].sort((a, b) => a.name.localeCompare(b.name));
    },

    async get(name) {
      await ready;
      const definition = vocab.customTypes().find((d) => d.name === name);
      if (!definition) throw notFound('Custom type', name);
      const from = origin(name);
      const row = from === 'database' ? await store.connection((db) => storedType(db, name)) : undefined;
      const problem = problems.get(name);
      return { name, definition, origin: from, version: row?.version ?? null, updatedAt: row?.updatedAt ?? null, updatedBy: row?.updatedBy ?? null, ...(problem ? { problem } : {}) };
    },

    define: (input, { expectedVersion, force = false, actor }) =>
      serial(async () => {
        const { definition, descriptor } = vocab.previewCustomType(input);
        const name = definition.name;
        refuseWorkspace(name, 'change');
        return transact(async (tx, onRollback) => {
          const current = await tx.connection((db) => storedType(db, name));
          const version = current?.version ?? 0;
          if (expectedVersion !== undefined && expectedVersion !== version) throw staleError(name, expectedVersion, version);
          if (current && jsonEquals(current.definition, definition)) return { name, version, changed: false, kind: null };
          if (!force) await checkUsage(tx, name, definition, descriptor);
          const saved = await tx.connection((db) => saveVersion(db, name, definition, actor, new Date().toISOString()), { write: true });
          const previous = vocab.customTypes().find((d) => d.name === name);
          const wasFromDatabase = fromDatabase.has(name);
          // Registered inside the transaction: a write queued behind it already validates against the new definition.
          vocab.defineCustomType(definition);
          fromDatabase.add(name);
          problems.delete(name);
          onRollback(() => {
            if (previous) vocab.defineCustomType(previous);
            else vocab.removeCustomType(name);
            if (!wasFromDatabase) fromDatabase.delete(name);
          });
          return { name, version: saved.version, changed: true, kind: saved.kind };
        }).then(({ kind, ...result }) => {
          if (kind) options.onChange?.({ name, version: result.version, action: kind });
          return result;
        });
      }),

    remove: (name, { expectedVersion, actor }) =>
      serial(async () => {
        const node = vocab.node(name);
        if (node && node.source !== 'custom') throw new StudioError('CONFLICT', `${name} is a schema.org ${node.kind}, not a custom type`, { details: { name } });
        refuseWorkspace(name, 'remove');
        return transact(async (tx, onRollback) => {
          const current = await tx.connection((db) => storedType(db, name));
          if (!current) {
            if (builtIn.has(name)) throw new StudioError('CONFLICT', `${name} is a shipped example type, not one stored in the database`, { details: { name, origin: 'example' } });
            throw notFound('Custom type', name);
          }
          if (builtIn.has(name)) {
            throw new StudioError('CONFLICT', `${name} is a shipped example type: its stored definition can be changed, not deleted`, { details: { name, origin: 'example' } });
          }
          if (expectedVersion !== undefined && expectedVersion !== current.version) throw staleError(name, expectedVersion, current.version);
          const dependents = vocab.customDependents(name);
          if (dependents.length > 0) throw new StudioError('CONFLICT', `${name} is used by ${dependents.join(', ')}; change or delete those first`, { details: { name, dependents } });
          const count = await countEntities(tx, [name]);
          if (count > 0) {
            throw new StudioError('CONFLICT', `${name} cannot be deleted: ${count} stored ${count === 1 ? 'entity is' : 'entities are'} of this type (the trash included); delete them first`, {
              details: { name, count },
            });
          }
          const version = await tx.connection((db) => deleteStored(db, name, actor, new Date().toISOString()), { write: true });
          const registered = vocab.hasType(name);
          if (registered) vocab.removeCustomType(name);
          fromDatabase.delete(name);
          problems.delete(name);
          onRollback(() => {
            if (registered) {
              vocab.defineCustomType(current.definition);
              fromDatabase.add(name);
            }
          });
          return { name, version };
        }).then((result) => {
          options.onChange?.({ name, version: result.version, action: 'delete' });
          return result;
        });
      }),

    async history(name, limit) {
      await ready;
      const rows = await store.connection((db) => typeHistory(db, name, limit));
      if (rows.length === 0 && !vocab.customTypes().some((d) => d.name === name)) throw notFound('Custom type', name);
      const versions = rows.slice(0, limit).map((row, i) => ({ ...row, diff: diffDefinitions(rows[i + 1]?.definition ?? null, row.definition) }));
      return { name, versions };
    },
  };
}
