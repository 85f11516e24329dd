/**
 * Real stores for the transfer tests and the import bench: a SQLite file in a fresh temporary
 * folder, validated by the vocabulary (with the example custom types and extensions the demo
 * data uses) the way the app's composition root wires it. Removed again by `dispose`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entity } from '../../shared/entity';
import { openStore, type Store, type StoreOptions } from '../store';
import { installExamples } from '../vocab/examples';
import { createStoreValidator } from '../vocab/store-validator';
import { Vocabulary } from '../vocab/vocabulary';

/** One vocabulary per process: building descriptors is the slow part and they do not change here. */
let shared: Vocabulary | undefined;

/** The vocabulary with the example custom types installed. */
export function testVocabulary(): Vocabulary {
  if (!shared) {
    shared = new Vocabulary();
    installExamples(shared);
  }
  return shared;
}

/** A validated store on a temporary file, and how to remove it. */
export interface TestStore {
  store: Store;
  dir: string;
  file: string;
  dispose(): void;
}

/** Opens a validated store in a new temporary folder. */
export function openTestStore(extra: Partial<StoreOptions> = {}): TestStore {
  const dir = mkdtempSync(join(tmpdir(), 'studio-transfer-'));
  const file = join(dir, 'studio.db');
  const vocab = testVocabulary();
  const store = openStore({ file, validate: createStoreValidator(vocab), ttlSweepMs: 0, ...extra });
  return {
    store,
    dir,
    file,
    dispose() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An entity without the store's bookkeeping, for comparing what was imported with what was exported. */
export function withoutBookkeeping(entity: Entity | Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) if (key === '$id' || key === '$type' || !key.startsWith('$')) out[key] = value;
  return out;
}
