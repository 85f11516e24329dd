/**
 * The child of the crash-durability test: writes entities through the real services in a
 * loop (create, patch, delete, each with its audit entry in the same transaction) and
 * prints `ACK <id> <version>` (version 0: deleted) only after each write has committed. The parent kills it with
 * SIGKILL at a random moment.
 */
import { openServices } from '../app/services';

const [dbFile, prefix] = process.argv.slice(2);
if (!dbFile || !prefix) throw new Error('usage: crash-writer <db file> <id prefix>');

const services = openServices({ dbFile, mode: 'server' });
const ctx = { actor: 'crash-writer', transport: 'test' as const };
process.stdout.write('READY\n');

for (let i = 0; i < 10_000; i++) {
  const id = `${prefix}-${i}`;
  const created = await services.dispatch('entities.create', { type: 'Person', data: { $id: id, name: `Writer ${i}` } }, ctx);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  process.stdout.write(`ACK ${id} 1\n`);
  const patched = await services.dispatch('entities.patch', { type: 'Person', id, changes: { jobTitle: `Title ${i}` } }, ctx);
  if (!patched.ok) throw new Error(JSON.stringify(patched.error));
  process.stdout.write(`ACK ${id} 2\n`);
  if (i % 3 === 0) {
    const deleted = await services.dispatch('entities.delete', { type: 'Person', id }, ctx);
    if (!deleted.ok) throw new Error(JSON.stringify(deleted.error));
    process.stdout.write(`ACK ${id} 0\n`);
  }
}
services.close();
