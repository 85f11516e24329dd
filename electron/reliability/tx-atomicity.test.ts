/**
 * Atomicity under faults: every multi-entity operation is run once per step k with a throw
 * injected at its k-th write, through the store's own extension points (the `validate` hook
 * before a row is stored, the `onWrite` observer after it, governance's `beforeCreate`/
 * `beforeUpdate` hooks). Each faulted run must leave the database exactly as before (same
 * fingerprint, same audit row count, an intact audit chain, no change announced); the run
 * with k past the last step must succeed and write one audit row per write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import { openStore } from '../store';
import { tempDir } from '../store/test-support';
import type { Change, Store } from '../store/types';
import { verifyAuditChain } from '../governance/audit/audit-log';
import { openGovernedStore, type GovernedStore } from '../governance/open-governed-store';
import { WorkspaceConfigSchema } from '../workspace/config-schema';
import { fingerprint } from './db-fingerprint';

type FaultKind = 'validate' | 'onWrite' | 'hook';

/** Where the next fault fires: at the `at`-th call of a hook of `kind` (disarmed when `at` < 0). */
const fault = { kind: 'validate' as FaultKind, at: -1, calls: 0 };

function step(kind: FaultKind): void {
  if (fault.at < 0 || fault.kind !== kind) return;
  if (fault.calls++ === fault.at) throw new StudioError('VALIDATION', `Injected fault at write ${fault.at} (${kind})`, { details: { injected: true } });
}

const tmp = tempDir('studio-atomicity-');
let plain: Store;
let governed: GovernedStore;
const announced: Change[] = [];

beforeAll(async () => {
  plain = openStore({ file: tmp.file('plain.db'), ttlSweepMs: 0, validate: () => step('validate'), onWrite: () => step('onWrite') });
  plain.collection('Note', { defaultFilters: { softDelete: true } });
  const hook = (): void => step('hook');
  const config = WorkspaceConfigSchema.parse({ collections: { Person: { beforeCreate: hook, beforeUpdate: hook } } });
  governed = await openGovernedStore({ file: tmp.file('governed.db'), ttlSweepMs: 0, validate: () => step('validate'), governance: { config, retentionSweepMs: 0 } });
  plain.onChange((c) => announced.push(c));
  governed.governance.raw().onChange((c) => announced.push(c));
});

afterAll(() => {
  plain.close();
  governed.close();
  tmp.remove();
});

/** One multi-entity operation: what it needs stored first, and the operation itself. */
interface Operation {
  name: string;
  target: 'plain' | 'governed';
  kind: FaultKind;
  /** How many calls of the fault's hook the operation makes, i.e. its fault points. */
  steps: number;
  prepare?: (store: Store, tag: string) => Promise<unknown>;
  run: (store: Store, tag: string) => Promise<unknown>;
}

const seed = (type: string, tag: string, n: number) => (store: Store) =>
  store.createMany(type, Array.from({ length: n }, (_, i) => ({ $id: `${tag}-${i}`, batch: tag, n: i })));

const createMany = (kind: FaultKind, target: Operation['target'] = 'plain'): Operation => ({
  name: `createMany×5 (${target}, ${kind})`,
  target,
  kind,
  steps: 5,
  run: (store, tag) => seed('Person', tag, 5)(store),
});

const deleteMany = (type: string, kind: FaultKind): Operation => ({
  name: `deleteMany×4 ${type === 'Note' ? 'soft' : 'hard'} (${kind})`,
  target: 'plain',
  kind,
  steps: 4,
  prepare: (store, tag) => seed(type, tag, 4)(store),
  run: (store, tag) => store.deleteMany(type, { where: { batch: tag } }),
});

/** create, patch, delete, a nested transaction (savepoint) with patch and create, then update. */
const mixedTransaction = (kind: Exclude<FaultKind, 'hook'>): Operation => ({
  name: `transaction of 6 writes with a savepoint (${kind})`,
  target: 'plain',
  kind,
  steps: kind === 'validate' ? 5 : 6, // a hard delete stores nothing to validate
  prepare: (store, tag) => seed('Item', tag, 3)(store),
  run: (store, tag) =>
    store.transaction(async (tx) => {
      await tx.create('Item', { $id: `${tag}-new`, batch: tag });
      await tx.patch('Item', `${tag}-0`, { $increment: { n: 10 } });
      await tx.delete('Item', `${tag}-1`);
      await tx.transaction(async (inner) => {
        await inner.patch('Item', `${tag}-2`, { label: 'inner' });
        await inner.create('Item', { $id: `${tag}-inner`, batch: tag });
      });
      await tx.update('Item', `${tag}-0`, { batch: tag, n: 99 });
    }),
});

const sessionTransaction: Operation = {
  name: 'session.withTransaction patch + createMany×2 (onWrite)',
  target: 'plain',
  kind: 'onWrite',
  steps: 3,
  prepare: (store, tag) => seed('Item', tag, 1)(store),
  run: async (store, tag) => {
    const session = store.startSession();
    try {
      await session.withTransaction(async (tx) => {
        await tx.patch('Item', `${tag}-0`, { n: 5 });
        await tx.createMany('Item', [{ $id: `${tag}-a` }, { $id: `${tag}-b` }]);
      });
    } finally {
      session.endSession();
    }
  },
};

/** Governed, audit on: the collection hooks fire between writes whose audit rows are already written. */
const governedTransaction: Operation = {
  name: 'governed transaction create/patch/delete/update (beforeCreate/beforeUpdate hooks)',
  target: 'governed',
  kind: 'hook',
  steps: 4,
  prepare: (store, tag) => store.createMany('Person', [{ $id: `${tag}-p`, name: 'Ada' }, { $id: `${tag}-d`, name: 'Bob' }]),
  run: (store, tag) =>
    store.transaction(async (tx) => {
      await tx.create('Person', { $id: `${tag}-new`, name: 'Cy' });
      await tx.patch('Person', `${tag}-p`, { name: 'Ada L' });
      await tx.delete('Person', `${tag}-d`);
      await tx.create('Person', { $id: `${tag}-new2`, name: 'Di' });
      await tx.update('Person', `${tag}-p`, { name: 'Ada Lovelace' });
    }),
};

const operations: Operation[] = [
  createMany('validate'),
  createMany('onWrite'),
  deleteMany('Task', 'onWrite'),
  deleteMany('Note', 'validate'),
  deleteMany('Note', 'onWrite'),
  mixedTransaction('validate'),
  mixedTransaction('onWrite'),
  sessionTransaction,
  createMany('validate', 'governed'),
  governedTransaction,
];

/** What a user could notice: every stored row, the audit trail's length and chain, live counts. */
async function snapshot(op: Operation): Promise<{ hash: string; audit: number; chain: boolean; types: unknown }> {
  const store = op.target === 'plain' ? plain : governed.governance.raw();
  const hash = await fingerprint(store);
  const { audit, chain } = await store.connection((db) => {
    const hasAudit = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'audit_log'").get() !== undefined;
    return { audit: hasAudit ? (db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number) : 0, chain: hasAudit ? verifyAuditChain(db).ok : true };
  });
  return { hash, audit, chain, types: await store.types() };
}

const tally = { operations: 0, faultPoints: 0, cases: 0, diffs: 0 };

describe('R3 tx-atomicity-fault', () => {
  afterAll(() => console.log(`R3: ${tally.operations} operations × ${tally.faultPoints} fault points = ${tally.cases} cases, ${tally.diffs} diffs`));

  it.each(operations.map((op, i) => [op.name, op, i] as const))('%s rolls back whole at every fault point', async (_name, op, index) => {
    const store = op.target === 'plain' ? plain : governed.store;
    const tag = `op${index}`;
    await op.prepare?.(store, tag);
    const before = await snapshot(op);
    expect(before.chain).toBe(true);
    for (let k = 0; k <= op.steps; k++) {
      announced.length = 0;
      Object.assign(fault, { kind: op.kind, at: k, calls: 0 });
      const outcome = await op.run(store, tag).then(
        () => null,
        (error: unknown) => error,
      );
      const calls = fault.calls;
      fault.at = -1;
      const after = await snapshot(op);
      if (k < op.steps) {
        tally.cases += 1;
        expect(outcome, `fault at write ${k} must fail the operation`).toBeInstanceOf(StudioError);
        expect((outcome as StudioError).code).toBe('VALIDATION');
        expect((outcome as StudioError).message).toContain(`Injected fault at write ${k}`);
        if (JSON.stringify(after) !== JSON.stringify(before)) tally.diffs += 1;
        expect(after, `state after a fault at write ${k}`).toEqual(before);
        expect(announced, 'a rolled-back write is never announced').toEqual([]);
      } else {
        // Past the last step nothing throws: the operation is whole, so the faults above covered every write.
        expect(outcome).toBeNull();
        expect(calls).toBe(op.steps);
        expect(after.hash).not.toBe(before.hash);
        expect(announced.length).toBeGreaterThanOrEqual(op.steps === 0 ? 0 : 1);
        if (op.target === 'governed') {
          expect(after.audit - before.audit).toBe(announced.length);
          expect(after.chain).toBe(true);
        }
      }
    }
    tally.operations += 1;
    tally.faultPoints += op.steps;
  });
});
