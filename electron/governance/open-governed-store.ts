/**
 * Opens a store with governance around it, in the order that matters: the store opens with
 * governance's observer and filters, then governance attaches (tables, key check, collection
 * declarations, first retention sweep). The composition root, the CLI and the tests use it.
 */
import { openStore } from '../store';
import type { Store, StoreOptions } from '../store/types';
import { createGovernance, type Governance, type GovernanceOptions } from './governance';

/** A governed store and its governance. */
export interface GovernedStore {
  /** The store to hand to handlers: hooks, encryption, cache and audit context applied. */
  store: Store;
  governance: Governance;
  close(): void;
}

/** Opens `options.file` with governance; closes the store again when attaching fails. */
export async function openGovernedStore(
  options: Pick<StoreOptions, 'file' | 'nativeBinding' | 'validate' | 'ttlSweepMs'> & { governance?: GovernanceOptions },
): Promise<GovernedStore> {
  const governance = createGovernance(options.governance);
  const inner = openStore({
    file: options.file,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.ttlSweepMs !== undefined ? { ttlSweepMs: options.ttlSweepMs } : {}),
    ...governance.storeOptions(options.validate),
  });
  try {
    const store = governance.attach(inner);
    await governance.ready;
    return {
      store,
      governance,
      close() {
        governance.close();
        inner.close();
      },
    };
  } catch (error) {
    governance.close();
    inner.close();
    throw error;
  }
}
