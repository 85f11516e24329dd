/** Fills a database file with N Person entities once (kept between runs: seeding 1M takes a while). */
import { existsSync } from 'node:fs';
import { openStore } from '../../electron/store';
import { people } from '../store/generate';

const BATCH = 20_000;

/** Ensures `file` holds at least `count` Person entities; answers how long seeding took (0 when reused). */
export async function ensurePeople(file: string, count: number): Promise<number> {
  const store = openStore({ file, ttlSweepMs: 0 });
  try {
    const have = existsSync(file) ? await store.count('Person') : 0;
    if (have >= count) return 0;
    const started = performance.now();
    for (let from = have; from < count; from += BATCH) {
      await store.createMany('Person', people(from, Math.min(BATCH, count - from)));
      if ((from / BATCH) % 10 === 0) process.stderr.write(`\r  seeding ${from.toLocaleString()} / ${count.toLocaleString()}`);
    }
    process.stderr.write('\n');
    return performance.now() - started;
  } finally {
    store.close();
  }
}
