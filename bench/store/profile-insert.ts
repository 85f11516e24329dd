/**
 * Bulk-insert probe for profiling (`node --cpu-prof bin/run-ts.mjs bench/store/profile-insert.ts 20000`):
 * the bench's Person entities through createMany. Prints wall and CPU time, since CPU time is
 * the steadier figure on a shared machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../electron/store';
import { people } from './generate';

const count = Number(process.argv[2] ?? 20_000);
const batchSize = Number(process.argv[3] ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), 'store-probe-'));
const db = openStore({ file: join(dir, 'probe.db'), ttlSweepMs: 0 });
try {
  await db.collection('people', {
    type: 'Person',
    indexes: [{ field: 'email', unique: true }, 'jobTitle', 'age', 'worksFor.name', { field: 'name', caseInsensitive: true }, 'keywords'],
  }).ready;
  let wall = 0;
  let cpu = 0;
  for (let from = 0; from < count; from += batchSize) {
    const batch = people(from, Math.min(batchSize, count - from));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await db.createMany('Person', batch);
    wall += performance.now() - t0;
    const used = process.cpuUsage(cpu0);
    cpu += (used.user + used.system) / 1000;
  }
  console.log(`${count} entities: wall ${wall.toFixed(0)} ms (${Math.round(count / (wall / 1000))}/s), cpu ${cpu.toFixed(0)} ms (${Math.round(count / (cpu / 1000))}/s)`);
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
