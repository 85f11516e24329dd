/**
 * The composition root of the engine: opens the store once, builds the handler table and
 * the dispatcher, and forwards store changes to the event bus. Both the desktop shell and
 * server mode start here; nothing is opened at import time.
 */
import { openStore, type Store } from '../store';
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
}

/** The running engine: store, dispatcher and event bus. */
export interface Services {
  store: Store;
  dispatch: Dispatch;
  events: EventBus;
  close(): void;
}

/** Opens the store and wires the handler table to it. */
export function openServices(options: ServiceOptions): Services {
  const store = openStore({ file: options.dbFile, nativeBinding: options.nativeBinding });
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
  };
  const stopChanges = store.onChange((change) =>
    events.emit('entities.changed', { type: change.type, id: change.id, action: change.action }),
  );
  return {
    store,
    dispatch: createDispatch(handlers),
    events,
    close() {
      stopChanges();
      store.close();
    },
  };
}
