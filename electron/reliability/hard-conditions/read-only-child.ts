/**
 * The child of the read-only test, run as a user who may read the database but not write it:
 * opens the real services, reads, tries one write per kind of channel, and prints each
 * outcome as a JSON line for the parent to check.
 */
import { openServices } from '../../app/services';

const [dbFile] = process.argv.slice(2);
if (!dbFile) throw new Error('usage: read-only-child <db file>');

const services = openServices({ dbFile, mode: 'server' });
await services.governance.ready;
const ctx = { actor: 'read-only-child', transport: 'test' as const };
const report = (step: string, value: unknown): void => void process.stdout.write(`${JSON.stringify({ step, value })}\n`);

report('info', services.store.info());
report('list', await services.dispatch('entities.list', { type: 'Person', limit: 1000 }, ctx));
report('count', await services.dispatch('entities.types', {}, ctx));
report('create', await services.dispatch('entities.create', { type: 'Person', data: { name: 'New Person' } }, ctx));
report('patch', await services.dispatch('entities.patch', { type: 'Person', id: 'p-1', changes: { name: 'Changed' } }, ctx));
report('saveQuery', await services.dispatch('query.save', { kind: 'find', name: 'mine', type: 'Person', body: { where: {} } }, ctx));
report('after', await services.dispatch('entities.get', { type: 'Person', id: 'p-1' }, ctx));
report('expired', await services.dispatch('entities.list', { type: 'Event', limit: 10 }, ctx));
services.close();
