/**
 * The composition of governance around one store: the store options it needs (the audit and
 * blind-index observer, the full-text filter, validation of decrypted values), then `attach`,
 * which brings the governance tables up to date, checks the key, applies the collections'
 * declarations, sweeps retention and returns the governed store.
 */
import type { StoreOptions, Store, Change, WriteTransaction } from '../store/types';
import type { CollectionSettings } from '../../shared/governance/collection-settings';
import { CollectionSettingsSchema } from '../../shared/governance/collection-settings';
import { WorkspaceConfigSchema, type WorkspaceConfig } from '../workspace/config-schema';
import type { ConfigError } from '../workspace/config-error';
import { auditObserver } from './audit/audit-observer';
import { blindIndexObserver } from './crypto/blind-index-store';
import { decryptFields } from './crypto/entity-crypto';
import type { KeySourceInfo } from './crypto/key-source';
import { ReadCache } from './cache/read-cache';
import { governStore } from './governed-store';
import { checkKey, type KeyState } from './key-state';
import { GovernancePolicy } from './policy';
import { migrateGovernance } from './schema';
import { declareCollections } from './collections';
import { sweepRetention } from './retention/retention';

/** How to set governance up. */
export interface GovernanceOptions {
  /** The workspace configuration (defaults when none). */
  config?: WorkspaceConfig;
  /** Why the configuration could not be used (the data is then read-only). */
  configError?: ConfigError | null;
  configFile?: string | null;
  /** The master key of field encryption, or null when none is available. */
  master?: Buffer | null;
  keyInfo?: KeySourceInfo;
  /** Write audit entries (on unless a benchmark turns it off). */
  audit?: boolean;
  /** How often retention is swept, in ms; 0 turns the timer off. Default 10 minutes. */
  retentionSweepMs?: number;
}

/** Governance around one store. */
export interface Governance {
  /** The options to open the store with; `validate` is the vocabulary's check, run on decrypted values. */
  storeOptions(validate?: StoreOptions['validate']): Pick<StoreOptions, 'onWrite' | 'searchable' | 'validate'>;
  /**
   * Returns the opened store governed. The governance tables are created right away; the
   * rest of the set-up (key check, declarations, first retention sweep) settles `ready`, which
   * every governed call waits for.
   */
  attach(store: Store): Store;
  /** Settles when `attach`'s set-up is done; rejects when it failed. */
  readonly ready: Promise<void>;
  /** The policy in force. */
  policy(): GovernancePolicy;
  /** The key situation. */
  keyState(): KeyState;
  readonly cache: ReadCache;
  readonly config: WorkspaceConfig;
  readonly configError: ConfigError | null;
  readonly configFile: string | null;
  readonly readOnly: boolean;
  /** The store without governance (stored form: ciphertext stays ciphertext); set by `attach`. */
  raw(): Store;
  /** The governed store; set by `attach`. */
  store(): Store;
  /** Saves a collection's settings edited in the app and applies them. */
  saveSettings(type: string, settings: CollectionSettings): Promise<void>;
  close(): void;
}

/** Creates governance for a store about to be opened. */
export function createGovernance(options: GovernanceOptions = {}): Governance {
  const config = options.config ?? WorkspaceConfigSchema.parse({});
  let policy = new GovernancePolicy(config);
  let keyState: KeyState = { key: null, info: options.keyInfo ?? { source: 'none', protected: false }, problem: null };
  const cache = new ReadCache((type) => policy.forType(type)?.cache);
  let inner: Store | undefined;
  let governed: Store | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopChanges: (() => void) | undefined;
  let setUp: Promise<void> | undefined;
  const audit = options.audit === false ? null : auditObserver();
  const blind = blindIndexObserver(
    () => keyState.key,
    (type) => policy.forType(type)?.encrypted ?? [],
  );

  const reload = async (): Promise<void> => {
    const rows = await inner!.connection((db) => db.prepare('SELECT type, settings FROM governance_settings').all() as Array<{ type: string; settings: string }>);
    const overrides: Record<string, CollectionSettings> = {};
    for (const row of rows) overrides[row.type] = CollectionSettingsSchema.parse(JSON.parse(row.settings));
    policy = new GovernancePolicy(config, overrides);
    cache.clear();
    await declareCollections(inner!, policy);
  };

  const gov: Governance = {
    storeOptions(validate) {
      return {
        onWrite(change: Change, tx: WriteTransaction) {
          cache.invalidate(change.type);
          audit?.(change, tx);
          blind(change, tx);
        },
        searchable(type, props) {
          const pii = policy.forType(type)?.pii;
          if (!pii) return props;
          const out = { ...props };
          for (const field of Object.keys(pii)) delete out[field];
          return out;
        },
        ...(validate
          ? {
              validate(type, entity, ctx) {
                const fields = policy.forType(type)?.encrypted ?? [];
                validate(type, fields.length > 0 && keyState.key ? decryptFields(keyState.key, type, entity.$id, entity, fields) : entity, ctx);
              },
            }
          : {}),
      };
    },
    attach(store) {
      inner = store;
      const tables = store.connection((db) => migrateGovernance(db), { write: true });
      setUp = (async () => {
        await tables;
        keyState = await store.connection((db) => checkKey(db, options.master ?? null, keyState.info), { write: true });
        if (keyState.problem) console.error(`[governance] ${keyState.problem}`);
        await reload();
        // Broken rules or a read-only file: nothing is swept away.
        if (options.configError || store.info().readOnly) return;
        await store.purgeExpired();
        await sweepRetention(store, policy);
        const every = options.retentionSweepMs ?? 600_000;
        if (every > 0) {
          timer = setInterval(() => void sweepRetention(store, policy).catch((e: unknown) => console.error('[governance] retention sweep failed:', e)), every);
          timer.unref();
        }
      })();
      setUp.catch(() => undefined);
      governed = governStore(store, { policy: () => policy, key: () => keyState.key, cache, ready: setUp });
      stopChanges = store.onChange((change) => cache.invalidate(change.type));
      return governed;
    },
    get ready() {
      return setUp ?? Promise.reject(new Error('governance is not attached to a store yet'));
    },
    policy: () => policy,
    keyState: () => keyState,
    cache,
    config,
    configError: options.configError ?? null,
    configFile: options.configFile ?? null,
    readOnly: Boolean(options.configError),
    raw() {
      if (!inner) throw new Error('governance is not attached to a store yet');
      return inner;
    },
    store() {
      if (!governed) throw new Error('governance is not attached to a store yet');
      return governed;
    },
    async saveSettings(type, settings) {
      const parsed = CollectionSettingsSchema.parse(settings);
      await inner!.connection(
        (db) => db.prepare('INSERT INTO governance_settings(type, settings) VALUES (?, ?) ON CONFLICT(type) DO UPDATE SET settings = excluded.settings').run(type, JSON.stringify(parsed)),
        { write: true },
      );
      await reload();
    },
    close() {
      if (timer) clearInterval(timer);
      stopChanges?.();
    },
  };
  return gov;
}
