/**
 * Hostile input at the boundary: for every channel of the contract, thousands of malformed
 * payloads (wrong types, huge and deep values, prototype-pollution keys, NaN, lone surrogates)
 * go through the real dispatcher over a real database. Every answer must be an envelope with
 * a typed error code, nothing may throw out of the dispatcher, and a refused call must leave
 * the database byte-for-byte as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channels } from '../../shared/contract';
import { ERROR_CODES, type Result } from '../../shared/errors';
import { openServices, type Services } from '../app/services';
import { fingerprint } from './db-fingerprint';

const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 60);
const ctx = { actor: 'fuzzer', transport: 'test' as const };

let dir: string;
let services: Services;
const tally = { calls: 0, refused: 0, accepted: 0 };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'studio-fuzz-'));
  services = openServices({ dbFile: join(dir, 'studio.db'), mode: 'server' });
  // A small dataset keeps the before/after fingerprints cheap; every type the channels name exists.
  await services.store.createMany('Organization', [{ $id: 'org-acme', name: 'Acme Inc', naics: '541511' }]);
  await services.store.createMany(
    'Person',
    Array.from({ length: 20 }, (_, i) => ({ $id: `person-${String(i + 1).padStart(5, '0')}`, name: `Person ${i}`, email: `p${i}@example.com`, worksFor: { $type: 'Organization', name: 'Acme Inc' } })),
  );
  await services.store.create('Order', { $id: 'order-1', customer: 'person-00001', orderedItem: [{ $type: 'OrderItem', orderedItem: 'org-acme', orderQuantity: 1 }], subtotal: 1, tax: 0, shipping: 0, total: 1 });
});

afterAll(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`rpc-fuzz: ${channels.length} channels x ${RUNS_PER_CHANNEL} payloads: ${tally.calls} calls, ${tally.refused} refused with typed errors, ${tally.accepted} accepted, 0 crashes`);
});

/** Values that break naive code: special numbers, lone surrogates, pollution keys, depth, size. */
const nasty = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, '\uD800', 'a\u0000b', '__proto__', 'constructor', '$where', "'; DROP TABLE entities; --", '../../etc/passwd'),
  fc.string({ maxLength: 5000 }),
  fc.array(fc.integer(), { maxLength: 3000 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  fc.letrec((tie) => ({ deep: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.record({ a: tie('deep') })) })).deep,
  fc.constant(Array.from({ length: 200 }).reduce<unknown>((acc) => ({ a: acc, $and: [acc] }), 1)),
);

const payload = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }),
  nasty,
  fc.dictionary(fc.constantFrom('type', 'id', 'data', 'where', 'orderBy', 'limit', 'cursor', 'text', 'changes', 'ids', 'path', 'value', 'pipeline', 'name', 'definition', '__proto__'), fc.oneof(nasty, fc.anything({ maxDepth: 2 }))),
  fc.record({ type: fc.constantFrom('Person', 'Order', 'Nope', ''), id: fc.oneof(fc.constantFrom('person-00001', 'missing'), nasty), where: fc.oneof(nasty, fc.dictionary(fc.string(), nasty)), data: fc.oneof(nasty, fc.dictionary(fc.string(), nasty)) }, { requiredKeys: [] }),
  // Custom type definitions: nearly valid shapes with hostile names, parents, ranges and rules.
  fc.record({
    name: fc.constantFrom('Subscription', 'Person', 'Gadget', ''),
    definition: fc.oneof(nasty, fc.record({ name: fc.constantFrom('Gadget', 'Person', 'Subscription', '__proto__'), extends: fc.oneof(fc.constantFrom('Thing', 'Gadget', 'Nope'), nasty), properties: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'name', 'bad name')), fc.oneof(nasty, fc.record({ range: fc.oneof(fc.constantFrom('Text', 'Gadget', 'Person'), nasty), enum: nasty, required: nasty }, { requiredKeys: [] }))), rules: nasty }, { requiredKeys: [] })),
    expectedVersion: fc.oneof(fc.integer(), nasty),
  }, { requiredKeys: [] }),
);

describe('the contract under hostile input', () => {
  it.each(channels)('%s answers typed errors and changes nothing when it refuses', async (channel) => {
    await fc.assert(
      fc.asyncProperty(payload, async (input) => {
        const before = await fingerprint(services.store);
        let result: Result<unknown>;
        try {
          result = await services.dispatch(channel, input, ctx);
        } catch (error) {
          throw new Error(`dispatch threw on ${channel}: ${String(error)}`);
        }
        tally.calls += 1;
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) {
          tally.accepted += 1;
          return;
        }
        tally.refused += 1;
        expect(ERROR_CODES).toContain(result.error.code);
        expect(result.error.code).not.toBe('INTERNAL');
        expect(typeof result.error.message).toBe('string');
        expect(await fingerprint(services.store)).toBe(before);
      }),
      { numRuns: RUNS_PER_CHANNEL, seed: 20261129 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
