/**
 * Vocabulary benchmark: cold load, lookups, search, descriptor-to-zod for every type,
 * validation, and memory. Run with `npm run bench:vocab`. Cold figures come first, before
 * anything else in this process has touched the data files.
 */
import { descriptorToZod } from '../../shared/vocab/descriptor-to-zod';
import { installExamples } from '../../electron/vocab/examples';
import { Vocabulary } from '../../electron/vocab/vocabulary';

interface Row {
  measure: string;
  value: string;
  note: string;
}

const rows: Row[] = [];
const ms = (t: number): string => `${t.toFixed(1)} ms`;
const us = (t: number): string => `${(t * 1000).toFixed(2)} µs`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Average milliseconds of `fn` over `n` runs (after one warm-up run). */
function average(n: number, fn: (i: number) => void): number {
  fn(0);
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return (performance.now() - start) / n;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const mem0 = process.memoryUsage();
const vocab = new Vocabulary();

const [, cold] = time(() => vocab.describe('Person'));
rows.push({ measure: 'first type lookup, cold (read + parse + index + describe Person)', value: ms(cold), note: 'target < 150 ms' });
const [, second] = time(() => vocab.describe('Organization'));
rows.push({ measure: 'second type, first describe (Organization)', value: ms(second), note: 'built once, then cached' });
rows.push({ measure: 'type lookup, cached describe(Person)', value: us(average(100_000, () => vocab.describe('Person'))), note: 'average of 100k' });
rows.push({ measure: 'node lookup node(Restaurant)', value: us(average(100_000, () => vocab.node('Restaurant'))), note: '' });
rows.push({ measure: 'isSubtypeOf(Restaurant, Organization)', value: us(average(100_000, () => vocab.isSubtypeOf('Restaurant', 'Organization'))), note: 'cached ancestors' });
rows.push({ measure: 'searchTypes("Persn"), 937 types ranked', value: us(average(200, () => vocab.searchTypes('Persn'))), note: 'typo path: edit distance on every name' });
rows.push({ measure: 'searchTypes("local business")', value: us(average(200, () => vocab.searchTypes('local business'))), note: '' });

const [, naicsCold] = time(() => vocab.naics.has('541511'));
rows.push({ measure: 'NAICS cold load (2,125 codes)', value: ms(naicsCold), note: 'on first use only' });
rows.push({ measure: 'NAICS search("software")', value: us(average(200, () => vocab.naics.search('software'))), note: '' });
const [, onetCold] = time(() => vocab.onet.has('15-1252.00'));
rows.push({ measure: 'O*NET cold load (1,016 occupations)', value: ms(onetCold), note: 'on first use only' });
rows.push({ measure: 'O*NET search("software developer")', value: us(average(200, () => vocab.onet.search('software developer'))), note: '' });

const names = vocab.typeNames(['type', 'enumeration']);
const [, describeAll] = time(() => names.forEach((n) => vocab.describe(n)));
rows.push({ measure: `describe every type (${names.length}), uncached part`, value: ms(describeAll), note: `${us(describeAll / names.length)} per type` });
const [, zodAll] = time(() => names.forEach((n) => descriptorToZod(vocab.type(n), vocab.lookup).safeParse({ $type: n })));
rows.push({ measure: `descriptor-to-zod + parse for every type (${names.length})`, value: ms(zodAll), note: `${us(zodAll / names.length)} per type` });

installExamples(vocab);
const person = {
  name: 'John Doe',
  email: 'john@example.com',
  telephone: '+12065550100',
  worksFor: { $type: 'Organization', name: 'Acme Inc', naics: '541511', address: { $type: 'PostalAddress', postalCode: '98101', addressCountry: 'US' } },
  hasOccupation: { $type: 'Occupation', name: 'Software Developer', onetCode: '15-1252.00' },
};
vocab.validate('Person', person);
rows.push({ measure: 'validate a seed Person (3 nested entities)', value: us(average(20_000, () => vocab.validate('Person', person))), note: 'schemas cached' });
const order = { orderedItem: [{ $type: 'OrderItem', orderedItem: 'p-1', orderQuantity: 2, price: 10 }], subtotal: 20, tax: 1.6, shipping: 7.5, total: 29.1 };
rows.push({ measure: 'validate an Order with its total rules', value: us(average(20_000, () => vocab.validate('Order', order))), note: '' });

const mem1 = process.memoryUsage();
rows.push({ measure: 'memory after all of the above: heapUsed delta', value: mb(mem1.heapUsed - mem0.heapUsed), note: 'includes garbage not yet collected' });
rows.push({ measure: 'memory after all of the above: rss delta', value: mb(mem1.rss - mem0.rss), note: '' });

const width = Math.max(...rows.map((r) => r.measure.length));
const valueWidth = Math.max(...rows.map((r) => r.value.length));
console.log(`vocabulary bench (node ${process.version})\n`);
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(valueWidth)}  note`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(valueWidth)}  ----`);
for (const r of rows) console.log(`${r.measure.padEnd(width)}  ${r.value.padStart(valueWidth)}  ${r.note}`);
