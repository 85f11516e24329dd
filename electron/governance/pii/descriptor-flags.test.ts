/**
 * A form's "Personal" badge follows the masking in force: the descriptor the renderer receives
 * flags exactly the fields the workspace's policy masks (not every name the vocabulary calls
 * personal), through the real composition of services.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServices, type Services } from '../../app/services';
import type { TypeDescriptor } from '../../../shared/vocab/descriptor';

let dir: string;
let services: Services;

async function descriptor(name: string): Promise<TypeDescriptor> {
  const result = await services.dispatch('vocab.type', { name }, { actor: 'tester', transport: 'test' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as TypeDescriptor;
}

const flagged = (d: TypeDescriptor) => d.properties.filter((p) => p.pii).map((p) => p.name).sort();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-pii-flags-'));
  services = openServices({ dbFile: join(dir, 'studio.db'), mode: 'server', governance: { retentionSweepMs: 0 } });
});
afterAll(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('personal-data flags of descriptors', () => {
  it('are the fields the policy masks', async () => {
    const person = await descriptor('Person');
    expect(flagged(person)).toEqual(['address', 'birthDate', 'email', 'taxID', 'telephone']);
    expect(person.properties.find((p) => p.name === 'name')?.pii).toBe(false);
    expect(flagged(await descriptor('Organization'))).toEqual([]);
  });
});
