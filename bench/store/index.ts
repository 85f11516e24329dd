/**
 * Store benchmark: deterministic Person entities at 100k and 1M (`--sizes=100000` for
 * fewer), each operation through the engine and written by hand in SQL against the same
 * file, medians and ratios in a table. No assertions: the figures are for reading.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../electron/store';
import { people } from './generate';
import { lokiCollection } from './loki';
import { median, printTable, type Row } from './measure';

const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [100_000, 1_000_000];
const BATCH = 50_000;

async function benchSize(size: number, rows: Row[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'store-bench-'));
  const file = join(dir, 'bench.db');
  const db: Store = openStore({ file, ttlSweepMs: 0 });
  try {
    await db.collection('people', {
      type: 'Person',
      indexes: [{ field: 'email', unique: true }, 'jobTitle', 'age', 'worksFor.name', { field: 'name', caseInsensitive: true }, 'keywords'],
    }).ready;
    let insertMs = 0;
    for (let from = 0; from < size; from += BATCH) {
      const batch = people(from, Math.min(BATCH, size - from));
      const start = performance.now();
      await db.createMany('Person', batch);
      insertMs += performance.now() - start;
    }
    const handInsert = handInsertRate(dir, Math.min(size, 200_000));
    rows.push({ size, op: 'bulk insert (entities/s)', engineMs: Math.round(size / (insertMs / 1000)), handMs: handInsert, note: 'rates, not ms: engine includes FTS, counts, array values; hand = bare table + same indexes' });

    const raw = new Database(file, { readonly: true });
    const q = (sql: string) => raw.prepare(sql);
    const parse = (rs: unknown[]) => (rs as Array<{ doc: string }>).map((r) => JSON.parse(r.doc));
    const id = (i: number) => `person-${String((i * 7919) % size).padStart(8, '0')}`;
    // The stored emails, read before timing: `people(k, 1)` seeds its generator at k, so it does
    // not rebuild the k-th stored person (generated in a batch), and its lookups found nothing.
    const emailOf = q("SELECT json_extract(doc, '$.email') FROM entities WHERE id = ?").pluck();
    const emails = Array.from({ length: 2001 }, (_, i) => emailOf.get(id(i)) as string);
    const email = (i: number) => emails[i]!;
    const P = "type = 'Person' AND deleted = 0";

    const compare = async (op: string, runs: number, engine: (i: number) => unknown, hand: ((i: number) => unknown) | null, note?: string) => {
      const engineMs = await median(runs, engine);
      const handMs = hand ? await median(runs, hand) : null;
      rows.push({ size, op, engineMs, handMs, note });
    };

    const byId = q('SELECT doc FROM entities WHERE id = ?');
    await compare('get by $id', 2000, (i) => db.get('Person', id(i)), (i) => parse([byId.get(id(i))]));
    const byEmail = q(`SELECT doc FROM entities WHERE ${P} AND json_extract(doc, '$.email') = ?`);
    await compare('indexed equality (email)', 2000, (i) => db.list('Person', { where: { email: email(i) } }), (i) => parse(byEmail.all(email(i))));
    const byOrg = q(`SELECT doc FROM entities WHERE ${P} AND json_extract(doc, '$.worksFor.name') = ? LIMIT 50`);
    await compare('indexed nested path (worksFor.name), 50', 300, (i) => db.list('Person', { where: { 'worksFor.name': `Org ${i % 1000}` }, limit: 50 }), (i) => parse(byOrg.all(`Org ${i % 1000}`)));
    const range = q(`SELECT doc FROM entities WHERE ${P} AND json_extract(doc, '$.age') >= ? AND json_extract(doc, '$.age') < ? ORDER BY json_extract(doc, '$.age'), id LIMIT 20`);
    await compare('range + order + limit 20 (age)', 300, (i) => db.list('Person', { where: { age: { $gte: 20 + (i % 40), $lt: 30 + (i % 40) } }, orderBy: { age: 'asc' }, limit: 20 }), (i) => parse(range.all(20 + (i % 40), 30 + (i % 40))));
    const containsHand = q(`SELECT doc FROM entities WHERE ${P} AND EXISTS (SELECT 1 FROM json_each(doc, '$.keywords') WHERE value = ?) LIMIT 50`);
    const containsSide = q(`SELECT doc FROM entities WHERE ${P} AND rowid IN (SELECT entity_rowid FROM entity_values WHERE type = 'Person' AND path = 'keywords' AND value = ?) LIMIT 50`);
    await compare('$contains on indexed array, 50', 100, (i) => db.list('Person', { where: { keywords: { $contains: `kw${i % 300}` } }, limit: 50 }), (i) => parse(containsSide.all(`kw${i % 300}`)), 'hand = same side-table SQL');
    await compare('$contains, hand json_each scan', 5, () => null, (i) => parse(containsHand.all(`kw${i % 300}`)), 'what SQL without the side table costs');
    const orHand = q(`SELECT doc FROM entities WHERE ${P} AND (json_extract(doc, '$.email') = ? OR json_extract(doc, '$.jobTitle') = ?) LIMIT 50`);
    await compare('$or of two indexed fields, 50', 300, (i) => db.list('Person', { where: { $or: [{ email: email(i) }, { jobTitle: 'Pilot' }] }, limit: 50 }), (i) => parse(orHand.all(email(i), 'Pilot')));
    const prefixHand = q(`SELECT doc FROM entities WHERE ${P} AND lower(json_extract(doc, '$.name')) >= ? AND lower(json_extract(doc, '$.name')) < ? LIMIT 50`);
    const prefixes = ['jo', 'an', 'ca', 'ev', 'zo'];
    await compare('i-prefix regex (^jo, i), 50', 300, (i) => db.list('Person', { where: { name: { $regex: `^${prefixes[i % 5]}`, $options: 'i' } }, limit: 50 }), (i) => {
      const p = prefixes[i % 5]!;
      return parse(prefixHand.all(p, p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1)));
    });
    const countHand = q(`SELECT count(*) AS n FROM entities WHERE ${P} AND json_extract(doc, '$.jobTitle') = ?`);
    await compare('count (indexed jobTitle)', 50, () => db.count('Person', { where: { jobTitle: 'Pilot' } }), () => countHand.get('Pilot'));

    const deepOffset = Math.floor(size * 0.9);
    let cursor: string | null | undefined;
    for (let seen = 0; seen < deepOffset; seen += 10_000) cursor = (await db.page('Person', { orderBy: { age: 'asc' }, limit: Math.min(10_000, deepOffset - seen), cursor })).next;
    const firstPage = await median(50, () => db.page('Person', { orderBy: { age: 'asc' }, limit: 100 }));
    const offsetHand = q(`SELECT doc FROM entities WHERE ${P} ORDER BY json_extract(doc, '$.age'), id LIMIT 100 OFFSET ?`);
    await compare(`page at offset ${deepOffset.toLocaleString('en')} (cursor)`, 50, () => db.page('Person', { orderBy: { age: 'asc' }, limit: 100, cursor }), () => parse(offsetHand.all(deepOffset)), `first page ${firstPage.toFixed(3)} ms; hand = LIMIT/OFFSET`);
    raw.close();

    const writer = new Database(file);
    writer.pragma('synchronous = FULL');
    const updateHand = writer.prepare("UPDATE entities SET doc = json_set(doc, '$.age', json_extract(doc, '$.age') + 1), version = version + 1 WHERE id = ?");
    await compare('update by $id ($increment)', 200, (i) => db.patch('Person', id(i), { $increment: { age: 1 } }), (i) => updateHand.run(id(i)), 'hand skips FTS, array values and hooks');
    writer.close();

    if (size >= 1_000_000 || SIZES.length === 1) await compareLoki(size, db, rows);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bare inserts of the same documents into a table with the same expression indexes. */
function handInsertRate(dir: string, count: number): number {
  const hand = new Database(join(dir, 'hand.db'));
  hand.pragma('journal_mode = WAL');
  hand.pragma('synchronous = FULL');
  hand.exec(`CREATE TABLE entities (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, doc TEXT NOT NULL);
    CREATE UNIQUE INDEX e_email ON entities(json_extract(doc, '$.email')) WHERE type = 'Person';
    CREATE INDEX e_job ON entities(json_extract(doc, '$.jobTitle'), id) WHERE type = 'Person';
    CREATE INDEX e_age ON entities(json_extract(doc, '$.age'), id) WHERE type = 'Person';
    CREATE INDEX e_org ON entities(json_extract(doc, '$.worksFor.name'), id) WHERE type = 'Person';
    CREATE INDEX e_name ON entities(json_extract(doc, '$.name'), id) WHERE type = 'Person';`);
  const insert = hand.prepare('INSERT INTO entities(id, type, doc) VALUES (?, ?, ?)');
  const docs = people(0, count);
  const start = performance.now();
  hand.transaction(() => {
    for (const d of docs) insert.run(d.$id, 'Person', JSON.stringify(d));
  })();
  const rate = Math.round(count / ((performance.now() - start) / 1000));
  hand.close();
  return rate;
}

async function compareLoki(size: number, db: Store, rows: Row[]): Promise<void> {
  const docs = people(0, size);
  const loki = lokiCollection(docs);
  if (!loki) return;
  const containsLoki = await median(5, (i) => loki.chain().find({ keywords: { $contains: `kw${i % 300}` } }).limit(50).data());
  const containsEngine = await median(50, (i) => db.list('Person', { where: { keywords: { $contains: `kw${i % 300}` } }, limit: 50 }));
  rows.push({ size, op: '$contains: engine vs LokiJS', engineMs: containsEngine, handMs: containsLoki, note: 'hand column = LokiJS in memory' });
  const prefixLoki = await median(5, () => loki.chain().find({ name: { $regex: /^jo/i } }).limit(50).data());
  const prefixEngine = await median(50, () => db.list('Person', { where: { name: { $regex: '^jo', $options: 'i' } }, limit: 50 }));
  rows.push({ size, op: 'i-prefix regex: engine vs LokiJS', engineMs: prefixEngine, handMs: prefixLoki, note: 'hand column = LokiJS in memory' });
}

const rows: Row[] = [];
for (const size of SIZES) {
  console.error(`benchmarking ${size.toLocaleString('en')} entities...`);
  await benchSize(size, rows);
}
printTable(rows);
