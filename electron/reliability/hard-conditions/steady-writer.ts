/**
 * The writer of the backup test: creates people through the real services, one transaction
 * each (entity and audit entry together), and prints `ACK <n> <ms since epoch>` after each
 * commit, until it reads "stop" on stdin. Inserts only, so the rows written up to any moment
 * are exactly a prefix w-0 … w-n.
 */
import { createInterface } from 'node:readline';
import { openServices } from '../../app/services';

const [dbFile] = process.argv.slice(2);
if (!dbFile) throw new Error('usage: steady-writer <db file>');

const services = openServices({ dbFile, mode: 'server' });
await services.governance.ready;
const ctx = { actor: 'steady-writer', transport: 'test' as const };
let stopping = false;
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'stop') stopping = true;
});
process.stdout.write('READY\n');
for (let n = 0; !stopping; n++) {
  const result = await services.dispatch('entities.create', { type: 'Person', data: { $id: `w-${n}`, name: `Writer ${n}`, jobTitle: `Title ${n % 17}` } }, ctx);
  if (!result.ok) throw new Error(`write ${n} failed: ${JSON.stringify(result.error)}`);
  process.stdout.write(`ACK ${n} ${Date.now()}\n`);
  // Let stdin's "stop" in between writes.
  await new Promise((resolve) => setImmediate(resolve));
}
services.close();
process.stdout.write('STOPPED\n');
