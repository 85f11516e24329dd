import { describe, expect, it, vi } from 'vitest';
import { descriptors } from '../test/descriptors';
import { DescriptorCache } from './descriptor-cache';
import type { VocabSource } from './vocab-source';

function source(): VocabSource & { type: ReturnType<typeof vi.fn> } {
  return {
    type: vi.fn(async (name: string) => {
      const d = descriptors[name];
      if (!d) throw new Error(`unknown ${name}`);
      return d;
    }),
    subtypes: async () => [],
    searchCodes: async () => [],
    code: async () => undefined,
  };
}

describe('DescriptorCache', () => {
  it('fetches a descriptor once', async () => {
    const vocab = source();
    const cache = new DescriptorCache(vocab);
    await Promise.all([cache.load('Person'), cache.load('Person')]);
    await cache.load('Person');
    expect(vocab.type).toHaveBeenCalledTimes(1);
    expect(cache.descriptor('Person')?.name).toBe('Person');
  });

  it('fetches again after clear (a custom type changed)', async () => {
    const vocab = source();
    const cache = new DescriptorCache(vocab);
    await cache.load('Person');
    cache.clear();
    expect(cache.descriptor('Person')).toBeUndefined();
    await cache.load('Person');
    expect(vocab.type).toHaveBeenCalledTimes(2);
  });

  it('loads the types a value embeds, named or implied by the range', async () => {
    const cache = new DescriptorCache(source());
    await cache.ensure('Person', { worksFor: { name: 'Acme', address: { postalCode: '1' } }, hasOccupation: { $type: 'Occupation' } });
    expect(cache.descriptor('Organization')).toBeDefined();
    expect(cache.descriptor('PostalAddress')).toBeDefined();
    expect(cache.descriptor('Occupation')).toBeDefined();
  });
});
