import { describe, expect, it } from 'vitest';
import { EvolutionSchema, evolve } from './evolution';

const op = (input: unknown) => EvolutionSchema.parse(input);

describe('evolve', () => {
  it('renames a field, and refuses when the new name is taken', () => {
    expect(evolve(op({ op: 'renameField', from: 'mail', to: 'email' }), { mail: 'a@b.io', n: 1 })).toEqual({ email: 'a@b.io', n: 1 });
    expect(evolve(op({ op: 'renameField', from: 'mail', to: 'email' }), { n: 1 })).toBeNull();
    expect(() => evolve(op({ op: 'renameField', from: 'mail', to: 'email' }), { mail: 'x', email: 'y' })).toThrow(/both/);
  });

  it('splits a name into given, additional and family names', () => {
    expect(evolve(op({ op: 'splitName' }), { name: 'John Ronald Reuel Tolkien' })).toEqual({
      name: 'John Ronald Reuel Tolkien',
      givenName: 'John',
      additionalName: 'Ronald Reuel',
      familyName: 'Tolkien',
    });
    expect(evolve(op({ op: 'splitName', removeSource: true }), { name: 'Cher' })).toEqual({ givenName: 'Cher' });
    expect(evolve(op({ op: 'splitName' }), { name: 'A B', givenName: 'A' })).toBeNull();
  });

  it('sets a default only where the field is missing', () => {
    expect(evolve(op({ op: 'setDefault', field: 'status', value: 'active' }), {})).toEqual({ status: 'active' });
    expect(evolve(op({ op: 'setDefault', field: 'status', value: 'active' }), { status: 'x' })).toBeNull();
  });

  it('changes types and names values that cannot be converted', () => {
    const toNumber = op({ op: 'changeType', field: 'price', to: 'number' });
    expect(evolve(toNumber, { price: '1,200.5' })).toEqual({ price: 1200.5 });
    expect(evolve(toNumber, { price: 3 })).toBeNull();
    expect(() => evolve(toNumber, { price: 'free' })).toThrow(/"free" is not a number/);
    expect(evolve(op({ op: 'changeType', field: 'ok', to: 'boolean' }), { ok: 'Yes' })).toEqual({ ok: true });
    expect(evolve(op({ op: 'changeType', field: 'd', to: 'date' }), { d: '2024-02-03' })).toBeNull();
    expect(evolve(op({ op: 'changeType', field: 'd', to: 'date' }), { d: 'March 4, 2024 UTC' })).toEqual({ d: '2024-03-04T00:00:00.000Z' });
    expect(evolve(op({ op: 'changeType', field: 'n', to: 'string' }), { n: [1, 2] })).toEqual({ n: ['1', '2'] });
  });
});
