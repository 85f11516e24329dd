/**
 * The composition root of the engine: opens the store once, builds the handler table and
 * the dispatcher, and forwards store changes to the event bus. Both the desktop shell and
 * server mode start here; nothing is opened at import time.
 *
 * Cross-cutting rules wrap handlers rather than living inside them: `audited` records who
 * asked (for the audit rows written in each write's transaction), `masked` and
 * `maskedResults` mask personal data before it leaves the main process, `readOnlyGuard`
 * refuses writes while the workspace configuration is broken.
 */
import { dirname, join } from 'node:path';
import { openStore, type Store } from '../store';
import { Vocabulary } from '../vocab/vocabulary';
import { installExamples } from '../vocab/examples';
import { createStoreValidator } from '../vocab/store-validator';
import { createGovernance, type Governance, type GovernanceOptions } from '../governance/governance';
import { audited } from '../governance/audit/request-scope';
import { masked } from '../governance/pii/masked-handlers';
import { maskedResults } from '../governance/pii/masked-results';
import { readOnlyGuard } from '../governance/read-only';
import { maskEntity, piiFieldsOf } from '../../shared/governance/pii-policy';
import type { Entity } from '../../shared/entity';
import { registerWorkspaceTypes } from '../workspace/register-types';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { appHandlers } from '../api/app-handlers';
import { entityHandlers } from '../api/entity-handlers';
import { vocabHandlers } from '../api/vocab-handlers';
import { governanceHandlers } from '../api/governance-handlers';
import { erasureHandlers } from '../governance/erasure/erasure-handlers';
import { queryHandlers } from '../api/query-handlers';
import { transferHandlers } from '../api/transfer-handlers';
import { afterReady, typeHandlers } from '../api/types-handlers';
import { createTypeService } from '../vocab/type-store/type-service';
import type { Handlers } from '../api/handlers';
import { changeEvents } from './change-events';
import { EventBus } from './event-bus';
import { APP_NAME, APP_VERSION } from './app-meta';

/** How to open the services. */
export interface ServiceOptions {
  /** The SQLite file (created when missing). */
  dbFile: string;
  /** How the app runs: shown in the status bar. */
  mode: 'desktop' | 'server';
  /** Path of a better-sqlite3 binary built for this runtime (Electron's ABI); Node's build otherwise. */
  nativeBinding?: string;
  /** The folder of the shipped vocabulary files (the bundled desktop main cannot find it from its own URL). */
  vocabDir?: string;
  /** The workspace's governance (configuration, key); the built-in defaults when absent. */
  governance?: GovernanceOptions;
  /** The workspace's migrations folder (null for a bare database file: no migrations). */
  migrationsDir?: string | null;
}

/** The running engine: store, vocabulary, governance, dispatcher and event bus. */
export interface Services {
  store: Store;
  vocab: Vocabulary;
  governance: Governance;
  dispatch: Dispatch;
  events: EventBus;
  close(): void;
}

/** Opens the store and wires the handler table to it. */
export function openServices(options: ServiceOptions): Services {
  const vocab = new Vocabulary({ dataDir: options.vocabDir });
  installExamples(vocab);
  if (options.governance?.config) registerWorkspaceTypes(vocab, options.governance.config);
  const governance = createGovernance(options.governance);
  // Every write is checked against its type's descriptor, the same rules the forms apply.
  const raw = openStore({ file: options.dbFile, nativeBinding: options.nativeBinding, ...governance.storeOptions(createStoreValidator(vocab)) });
  const store = governance.attach(raw);
  const events = new EventBus();
  // Stored custom types go on top of the examples and the workspace's types (see type-service.ts for which wins).
  const types = createTypeService({
    store,
    vocab,
    workspaceTypes: new Set(options.governance?.config?.types.map((t) => t.name) ?? []),
    onChange: (change) => events.emit('types.changed', change),
  });
  const maskForExport = (entity: Entity): Entity => maskEntity(entity, governance.policy().piiPolicy());
  const places = { migrationsDir: options.migrationsDir ?? null, backupDir: join(dirname(options.dbFile), 'backups') };
  const handlers: Handlers = {
    ...appHandlers({
      name: APP_NAME,
      version: APP_VERSION,
      mode: options.mode,
      database: options.dbFile,
      sqliteVersion: store.info().sqliteVersion,
    }),
    ...audited(masked(readOnlyGuard(entityHandlers(store), governance), governance)),
    ...audited(readOnlyGuard(governanceHandlers(governance, places, vocab.lookup), governance)),
    ...audited(readOnlyGuard(erasureHandlers(governance), governance)),
    ...audited(maskedResults(readOnlyGuard(queryHandlers(store, { vocabulary: vocab.lookup, maskEntity: maskForExport }), governance), governance, vocab.lookup)),
    ...audited(maskedResults(readOnlyGuard(transferHandlers(store, { vocab, events, mask: maskForExport }), governance), governance)),
    ...afterReady(vocabHandlers(vocab, (type) => piiFieldsOf(governance.policy().piiPolicy(), type)), types.ready),
    ...audited(readOnlyGuard(typeHandlers(types), governance)),
  };
  const stopChanges = store.onChange(changeEvents((event) => events.emit('entities.changed', event)));
  return {
    store,
    vocab,
    governance,
    dispatch: createDispatch(handlers),
    events,
    close() {
      stopChanges();
      governance.close();
      raw.close();
    },
  };
}
