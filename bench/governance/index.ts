/**
 * Governance benchmark (`npm run bench:governance`): write throughput with the audit trail on
 * and off, reading the history of an entity with 10,000 versions, and encrypted versus plain
 * reads. Real SQLite files in a temporary folder; figures for reading, no assertions.
 * `--writes=N` and `--versions=N` scale it down.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceConfigSchema } from '../../electron/workspace/config-schema';
import { openGovernedStore, type GovernedStore } from '../../electron/governance/open-governed-store';
import { AuditService } from '../../electron/governance/audit/audit-service';
import { openStore } from '../../electron/store';
import { medianMs, n, onceMs, printTable, type Line } from './measure';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const WRITES = arg('writes', 2000);
const BULK = arg('bulk', 20000);
const VERSIONS = arg('versions', 10000);
const READS = arg('reads', 10000);

const config = WorkspaceConfigSchema.parse({
  collections: { Person: { encrypted: ['ssn', 'email'], indexes: [{ fields: ['taxID'] }] } },
  defaultPii: false,
});

const dir = mkdtempSync(join(tmpdir(), 'governance-bench-'));
let counter = 0;
const file = () => join(dir, `bench-${counter++}.db`);
const person = (i: number) => ({ $id: `p${i}`, name: `Person ${i}`, jobTitle: i % 2 ? 'Engineer' : 'Analyst', email: `person${i}@example.com`, ssn: `${100 + (i % 900)}-${10 + (i % 90)}-${1000 + i}`, taxID: `T${i}`, address: { streetAddress: `${i} Main St`, addressLocality: 'Oslo' } });

async function writeRate(open: () => Promise<{ store: GovernedStore['store']; close(): void }>, label: string, lines: Line[]): Promise<void> {
  const g = await open();
  const single = await onceMs(async () => {
    for (let i = 0; i < WRITES; i++) await g.store.create('Thing', { $id: `t${i}`, name: `Thing ${i}`, keywords: ['a', 'b'] });
    for (let i = 0; i < WRITES; i++) await g.store.patch('Thing', `t${i}`, { name: `Thing ${i}!`, $push: { keywords: 'c' } });
  });
  const bulk = await onceMs(() => g.store.createMany('Thing', Array.from({ length: BULK }, (_, i) => ({ $id: `b${i}`, name: `Bulk ${i}`, keywords: ['x'] }))));
  lines.push({ what: `${label}: single writes (tx each)`, value: `${n((2 * WRITES) / (single / 1000))}/s`, note: `${WRITES} creates + ${WRITES} patches, synchronous=FULL` });
  lines.push({ what: `${label}: bulk create (one tx)`, value: `${n(BULK / (bulk / 1000))}/s`, note: `${n(BULK)} entities` });
  g.close();
}

async function main(): Promise<void> {
  const writes: Line[] = [];
  await writeRate(async () => {
    const store = openStore({ file: file(), ttlSweepMs: 0 });
    return { store, close: () => store.close() };
  }, 'engine alone', writes);
  await writeRate(() => openGovernedStore({ file: file(), ttlSweepMs: 0, governance: { audit: false, retentionSweepMs: 0 } }), 'governed, audit off', writes);
  await writeRate(() => openGovernedStore({ file: file(), ttlSweepMs: 0, governance: { retentionSweepMs: 0 } }), 'governed, audit on', writes);
  printTable('Write throughput', writes);

  const history: Line[] = [];
  const g = await openGovernedStore({ file: file(), ttlSweepMs: 0, governance: { retentionSweepMs: 0 } });
  await g.store.create('Thing', { $id: 'h', name: 'v1', status: 'draft', counter: 0, tags: ['a'], nested: { a: { b: 0 } } });
  const build = await onceMs(async () => {
    for (let v = 2; v <= VERSIONS; v += 100) {
      await g.store.transaction(async (tx) => {
        for (let i = v; i < Math.min(v + 100, VERSIONS + 1); i++) {
          await tx.patch('Thing', 'h', { name: `v${i}`, counter: i, ...(i % 10 === 0 ? { status: i % 20 === 0 ? 'draft' : 'published' } : {}), $set: { 'nested.a.b': i } });
        }
      });
    }
  });
  history.push({ what: `build ${n(VERSIONS)} versions`, value: `${n(build)} ms`, note: 'patches, 100 per transaction' });
  const audit = new AuditService(g.governance);
  history.push({ what: 'history page (newest 200)', value: `${n(await medianMs(20, () => audit.history('Thing', 'h', { limit: 200 })), 2)} ms` });
  history.push({ what: `whole history (${n(VERSIONS)} entries)`, value: `${n(await medianMs(5, () => audit.history('Thing', 'h', { limit: VERSIONS + 10 })), 1)} ms` });
  history.push({ what: `entity at version ${n(VERSIONS - 10)}`, value: `${n(await medianMs(20, () => audit.atVersion('Thing', 'h', VERSIONS - 10)), 2)} ms`, note: 'undoes 10 versions' });
  history.push({ what: 'entity at version 1', value: `${n(await medianMs(5, () => audit.atVersion('Thing', 'h', 1)), 1)} ms`, note: `undoes ${n(VERSIONS - 1)} versions` });
  history.push({ what: `compare v1 with v${n(VERSIONS)}`, value: `${n(await medianMs(5, () => audit.compare('Thing', 'h', 1, VERSIONS)), 1)} ms` });
  history.push({ what: 'who changed status', value: `${n(await medianMs(5, () => audit.whoChanged('Thing', 'h', 'status')), 1)} ms`, note: `${n((await audit.whoChanged('Thing', 'h', 'status')).length)} changes found` });
  history.push({ what: 'revert to version 1', value: `${n(await onceMs(() => audit.revert('Thing', 'h', 1)), 1)} ms` });
  g.close();
  printTable(`History of one entity with ${n(VERSIONS)} versions`, history);

  const reads: Line[] = [];
  const enc = await openGovernedStore({ file: file(), ttlSweepMs: 0, governance: { config, master: randomBytes(32), retentionSweepMs: 0 } });
  const plainConfig = WorkspaceConfigSchema.parse({ collections: { Person: { indexes: [{ fields: ['taxID'] }, { fields: ['ssn'] }] } }, defaultPii: false });
  const plain = await openGovernedStore({ file: file(), ttlSweepMs: 0, governance: { config: plainConfig, retentionSweepMs: 0 } });
  const people = Array.from({ length: READS }, (_, i) => person(i));
  const encInsert = await onceMs(() => enc.store.createMany('Person', people));
  const plainInsert = await onceMs(() => plain.store.createMany('Person', people));
  reads.push({ what: 'bulk insert', value: `${n(READS / (encInsert / 1000))}/s vs ${n(READS / (plainInsert / 1000))}/s`, note: 'encrypted (2 fields + blind indexes) vs plain' });
  const ids = Array.from({ length: 2000 }, (_, i) => `p${(i * 7919) % READS}`);
  const perGet = async (s: GovernedStore) => (await medianMs(5, async () => {
    for (const id of ids) await s.store.get('Person', id);
  })) / ids.length;
  reads.push({ what: 'get by $id', value: `${n((await perGet(enc)) * 1000, 1)} µs vs ${n((await perGet(plain)) * 1000, 1)} µs`, note: 'per read, encrypted vs plain' });
  const pageMs = async (s: GovernedStore) => medianMs(20, () => s.store.list('Person', { limit: 100, orderBy: { taxID: 'asc' } }));
  reads.push({ what: 'list 100', value: `${n(await pageMs(enc), 2)} ms vs ${n(await pageMs(plain), 2)} ms` });
  const eqMs = async (s: GovernedStore) => (await medianMs(5, async () => {
    for (let i = 0; i < 500; i++) await s.store.findOne('Person', { where: { ssn: person((i * 31) % READS).ssn } });
  })) / 500;
  reads.push({ what: 'equality on ssn', value: `${n((await eqMs(enc)) * 1000, 1)} µs vs ${n((await eqMs(plain)) * 1000, 1)} µs`, note: 'blind index vs expression index' });
  enc.close();
  plain.close();
  printTable(`Encrypted vs plain reads (${n(READS)} Person entities)`, reads);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
