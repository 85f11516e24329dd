/**
 * Writes N realistic Person rows as NDJSON (the demo generator's people: O*NET occupations,
 * NAICS-coded employers, addresses, languages), 10,000 at a time so the generator never holds
 * them all. Run as its own process by the bench, so its memory is not counted in the import's.
 * Usage: run-ts bench/import/generate-people.ts FILE N
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateOrganizations } from '../../electron/demo/organizations';
import { generatePeople } from '../../electron/demo/people';
import { SeededRandom } from '../../electron/demo/random';

const [file, countText] = process.argv.slice(2);
const count = Number(countText);
if (!file || !Number.isInteger(count) || count < 1) {
  console.error('usage: generate-people.ts FILE N');
  process.exit(2);
}
const BATCH = 10_000;
const now = new Date('2026-01-01T00:00:00Z');
const organizations = generateOrganizations(new SeededRandom(1));
const out = createWriteStream(file);
for (let from = 0; from < count; from += BATCH) {
  const people = generatePeople(new SeededRandom(from + 7), Math.min(BATCH, count - from), organizations, now);
  let text = '';
  people.forEach((p, i) => {
    // Each batch restarts the generator's numbering (and its email de-duplication): make both global.
    const n = from + i + 1;
    p.$id = `person-${String(n).padStart(7, '0')}`;
    p.email = String(p.email).replace('@', `.${n}@`);
    text += `${JSON.stringify(p)}\n`;
  });
  if (!out.write(text)) await once(out, 'drain');
}
await new Promise<void>((done) => out.end(done));
