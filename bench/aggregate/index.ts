/**
 * Aggregation benchmark (`npm run bench:aggregate`, `-- --size=100000` for a quick run):
 * hourly average, maximum and minimum of one metric over 1M Metric entities (a time-series
 * collection), and a group-by over 1M Persons, each through `aggregate` and written by hand
 * in SQL against the same file. `--base=N` entities per type go through the engine, the rest
 * are copied in SQL (replicate.ts). Medians of several runs; target: engine within 2x of hand.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../electron/store';
import { people } from '../store/generate';
import { median, printTable, type Row } from '../store/measure';
import { metrics } from './generate-metrics';
import { replicate } from './replicate';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZE = Number(arg('size') ?? 1_000_000);
/** Entities per type loaded through the engine; the rest are SQL copies (see replicate.ts). */
const BASE = Math.min(SIZE, Number(arg('base') ?? 100_000));
/** Fewer people: past ~50k, `createMany` of Person slowed from ~35 s to ~180 s per 25k here. */
const PERSON_BASE = Math.min(BASE, Number(arg('person-base') ?? 20_000));
const RUNS = 7;
const BATCH = 50_000;

async function load(store: Store, type: string, base: number, make: (from: number, count: number) => Array<Record<string, unknown>>): Promise<number> {
  const start = performance.now();
  for (let from = 0; from < base; from += BATCH) await store.createMany(type, make(from, Math.min(BATCH, base - from)));
  return performance.now() - start;
}

const hourly = (op: '$avg' | '$max' | '$min') => [
  { $match: { name: 'cpu.usage' } },
  { $group: { _id: { $dateToString: { format: '%Y-%m-%dT%H:00', date: '$timestamp' } }, v: { [op]: '$value' } } },
  { $sort: { _id: 1 } },
];

function middle(values: number[]): number {
  return [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aggregate-bench-'));
  const file = join(dir, 'bench.db');
  const store = openStore({ file, ttlSweepMs: 0 });
  const rows: Row[] = [];
  try {
    await store.collection('metrics', { type: 'Metric', timeseries: { timeField: 'timestamp', metaField: 'name', granularity: 'hours' } }).ready;
    const metricMs = await load(store, 'Metric', BASE, metrics);
    const personMs = await load(store, 'Person', PERSON_BASE, people);
    console.log(`loaded ${BASE.toLocaleString('en')} Metric in ${(metricMs / 1000).toFixed(1)} s and ${PERSON_BASE.toLocaleString('en')} Person in ${(personMs / 1000).toFixed(1)} s through the engine`);
    if (SIZE > BASE) {
      const start = performance.now();
      // 40 series per hour: a copy of BASE readings spans BASE / 40 hours.
      replicate(file, 'Metric', SIZE, BASE / 40);
      replicate(file, 'Person', SIZE, null);
      console.log(`copied up to ${SIZE.toLocaleString('en')} of each in SQL in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }

    const raw = new Database(file, { readonly: true });
    const hand = (sql: string) => {
      const stmt = raw.prepare(sql);
      return () => stmt.all();
    };
    const M = "type = 'Metric' AND deleted = 0 AND json_extract(doc, '$.name') = 'cpu.usage'";
    const bucket = "strftime('%Y-%m-%dT%H:00', json_extract(doc, '$.timestamp'))";
    const check = async (op: string, pipeline: Array<Record<string, unknown>>, type: string, handFn: () => unknown[]) => {
      const ours = await store.aggregate(type, pipeline);
      const theirs = handFn();
      if (ours.length !== theirs.length) throw new Error(`${op}: ${ours.length} groups from the engine, ${theirs.length} by hand`);
      // Interleaved runs, so load from other processes weighs on both sides alike.
      const engineRuns: number[] = [];
      const handRuns: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        engineRuns.push(await median(1, () => store.aggregate(type, pipeline)));
        handRuns.push(await median(1, handFn));
      }
      const [engineMs, handMs] = [middle(engineRuns), middle(handRuns)];
      rows.push({ size: SIZE, op, engineMs, handMs, note: `${ours.length.toLocaleString('en')} groups` });
    };
    for (const [op, sqlFn] of [['$avg', 'avg'], ['$max', 'max'], ['$min', 'min']] as const) {
      await check(`hourly ${op} of cpu.usage`, hourly(op), 'Metric', hand(`SELECT ${bucket} AS h, ${sqlFn}(json_extract(doc, '$.value')) AS v FROM entities WHERE ${M} GROUP BY h ORDER BY h`));
    }
    await check(
      'hourly avg, max, min of cpu.usage (one pipeline)',
      [
        { $match: { name: 'cpu.usage' } },
        { $group: { _id: { $dateToString: { format: '%Y-%m-%dT%H:00', date: '$timestamp' } }, avg: { $avg: '$value' }, max: { $max: '$value' }, min: { $min: '$value' } } },
        { $sort: { _id: 1 } },
      ],
      'Metric',
      hand(`SELECT ${bucket} AS h, avg(json_extract(doc, '$.value')), max(json_extract(doc, '$.value')), min(json_extract(doc, '$.value')) FROM entities WHERE ${M} GROUP BY h ORDER BY h`),
    );
    await check(
      'Person group-by worksFor.name: count, avg age',
      [{ $group: { _id: '$worksFor.name', count: { $sum: 1 }, avgAge: { $avg: '$age' } } }, { $sort: { count: -1 } }],
      'Person',
      hand(`SELECT json_extract(doc, '$.worksFor.name') AS k, count(*) AS n, avg(json_extract(doc, '$.age')) FROM entities WHERE type = 'Person' AND deleted = 0 GROUP BY k ORDER BY n DESC`),
    );
    raw.close();
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows);
  const worst = Math.max(...rows.map((r) => r.engineMs / (r.handMs ?? r.engineMs)));
  console.log(`\nworst engine/hand ratio: ${worst.toFixed(2)} (target <= 2)`);
}

await main();
