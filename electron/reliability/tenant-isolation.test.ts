/**
 * Tenant isolation (RELIABILITY S7): random sequences of calls by three tenants (and now and
 * then by none) through the real dispatcher, over a real SQLite file, on a type whose
 * collection is kept per tenant. After every call: no answer holds another tenant's entity,
 * value, audit entry or export line (every test value carries its tenant's marker, so a leak
 * is found by searching the answer's text); what a read answers is exactly the caller's
 * entities; nothing of another tenant changed; and a call aimed at another tenant's id is
 * refused (NOT_FOUND or FORBIDDEN; CONFLICT for an id that is taken) and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../shared/errors';
import { openServices, type Services } from '../app/services';
import { WorkspaceConfigSchema } from '../workspace/config-schema';
import { caller, markersIn, othersDigest, storedRows, TYPE, type Row } from './tenant-world';
import { OPS, type Op, type World } from './tenant-ops';

const SEQUENCES = Number(process.env.TENANT_RUNS ?? 200);
const MAX_OPS = 20;
const SEED = Number(process.env.TENANT_SEED ?? 20261130);

let dir: string;
let services: Services;
let call: ReturnType<typeof caller>;
const owner = new Map<string, string>();
const freed: Array<{ id: string; tenant: string }> = [];
const markers: string[] = [];
const tally = { sequences: 0, operations: 0, refused: 0, reads: 0, byKind: new Map<string, number>() };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'studio-tenants-'));
  const config = WorkspaceConfigSchema.parse({
    extend: { Person: { properties: { tenant: { range: 'Tenant', multiplicity: 'single', description: 'The tenant the person belongs to.' } } } },
  });
  services = openServices({ dbFile: join(dir, 'studio.db'), mode: 'server', governance: { config, retentionSweepMs: 0 } });
  call = caller(services);
  // The collection is made tenant-scoped the way the settings screen does it (with its read cache on, which must not mix tenants).
  const saved = await call('settings.saveCollection', { type: TYPE, settings: { tenantField: 'tenant', softDelete: true, cache: { enabled: true, ttl: 60 } } }, undefined);
  expect(saved.ok).toBe(true);
  const org = await call('entities.create', { type: 'Organization', data: { $id: 'org-shared', name: 'Shared Supplies' } }, undefined);
  expect(org.ok).toBe(true);
});

afterAll(() => {
  services?.close();
  rmSync(dir, { recursive: true, force: true });
  const kinds = [...tally.byKind].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(
    `tenant operations checked: ${tally.operations} in ${tally.sequences} sequences (seed ${SEED}): ${tally.reads} answers scanned for other tenants' data, ${tally.refused} calls on another tenant's ids refused; cross-tenant leaks 0\n  by kind: ${kinds}`,
  );
});

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(...(Object.keys(OPS) as Array<keyof typeof OPS>)),
  actor: fc.nat(2),
  pick: fc.nat(),
  word: fc.nat(3),
  title: fc.nat(2),
  foreign: fc.boolean(),
  format: fc.nat(3),
  noTenant: fc.nat(11).map((n) => n === 0),
});

describe('tenant isolation across every channel', () => {
  it(
    'no call by one tenant reads, counts or changes another tenant’s data',
    async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: MAX_OPS, size: 'max' }), async (ops) => {
          run += 1;
          tally.sequences += 1;
          const tenants = [0, 1, 2].map((i) => `T${run}x${i}Z`);
          markers.push(...tenants);
          for (const op of ops) await step(tenants, op);
        }),
        { numRuns: SEQUENCES, seed: SEED, endOnFailure: true },
      );
    },
    300_000,
  );
});

/** Runs one operation and checks the invariants every call must keep. */
async function step(tenants: string[], op: Op): Promise<void> {
  const tenant = op.noTenant ? undefined : tenants[op.actor]!;
  const rows = await storedRows(services);
  checkOwners(rows);
  const world: World = {
    tenant,
    others: tenants.filter((t) => t !== tenant),
    rows,
    owner,
    freed,
    call: async (channel, input, sent) => {
      const result = await call(channel, input, tenant);
      if (!result.ok) expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('INTERNAL');
      checkNoLeak(tenant, [input, sent], result);
      tally.reads += 1;
      return result;
    },
    callAs: (other, channel, input) => call(channel, input, other),
    refused: () => (tally.refused += 1),
  };
  const before = await othersDigest(services, tenant);
  await OPS[op.kind](world, op);
  // Whatever the call was, nothing that belongs to another tenant changed.
  expect(await othersDigest(services, tenant), `${op.kind} by ${tenant ?? 'no tenant'} changed another tenant's data`).toBe(before);
  tally.operations += 1;
  tally.byKind.set(op.kind, (tally.byKind.get(op.kind) ?? 0) + 1);
}

/** The stored owner of every Person is the tenant that created it (no write ever moves one). */
function checkOwners(rows: Row[]): void {
  for (const row of rows) expect(row.tenant, `owner of ${row.id}`).toBe(owner.get(row.id));
}

/** No answer mentions a tenant other than the caller's (markers the caller sent itself aside). */
function checkNoLeak(tenant: string | undefined, input: unknown, result: Result<unknown>): void {
  const sent = JSON.stringify(input).toLowerCase();
  const foreign = markers.filter((m) => m !== tenant && !sent.includes(m.toLowerCase()));
  expect(markersIn(JSON.stringify(result), foreign), `answer to ${tenant ?? 'no tenant'} holds another tenant's data`).toEqual([]);
}

