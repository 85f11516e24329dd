/**
 * The composition root of the engine: opens the store once, builds the handler table and
 * the dispatcher, and forwards store changes to the event bus. Both the desktop shell and
 * server mode start here; nothing is opened at import time.
 */
import { openStore, type Store } from '../store';
import { Vocabulary } from '../vocab/vocabulary';
import { installExamples } from '../vocab/examples';
import { createStoreValidator } from '../vocab/store-validator';
import { vocabHandlers } from '../api/vocab-handlers';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { appHandlers } from '../api/app-handlers';
import { entityHandlers } from '../api/entity-handlers';
import type { Handlers } from '../api/handlers';
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
}

/** The running engine: store, vocabulary, dispatcher and event bus. */
export interface Services {
  store: Store;
  vocab: Vocabulary;
  dispatch: Dispatch;
  events: EventBus;
  close(): void;
}

/** Opens the store and wires the handler table to it. */
export function openServices(options: ServiceOptions): Services {
  const vocab = new Vocabulary({ dataDir: options.vocabDir });
  installExamples(vocab);
  // Every write is checked against its type's descriptor, the same rules the forms apply.
  const store = openStore({ file: options.dbFile, nativeBinding: options.nativeBinding, validate: createStoreValidator(vocab) });
  const events = new EventBus();
  const handlers: Handlers = {
    ...appHandlers({
      name: APP_NAME,
      version: APP_VERSION,
      mode: options.mode,
      database: options.dbFile,
      sqliteVersion: store.info().sqliteVersion,
    }),
    ...entityHandlers(store),
    ...vocabHandlers(vocab),
  };
  const stopChanges = store.onChange((change) =>
    events.emit('entities.changed', { type: change.type, id: change.id, action: change.action }),
  );
  return {
    store,
    vocab,
    dispatch: createDispatch(handlers),
    events,
    close() {
      stopChanges();
      store.close();
    },
  };
}
