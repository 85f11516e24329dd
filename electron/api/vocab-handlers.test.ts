import { describe, expect, it } from 'vitest';
import { vocabChannels } from '../../shared/channels/vocab';
import { installExamples } from '../vocab/examples';
import { Vocabulary } from '../vocab/vocabulary';
import type { RequestContext } from './context';
import { vocabHandlers, type VocabChannel } from './vocab-handlers';

const vocab = new Vocabulary();
installExamples(vocab);
const handlers = vocabHandlers(vocab);
const ctx: RequestContext = { actor: 'test', transport: 'test' };

/** Parses the input as the dispatcher would, runs the handler and checks the output against the contract. */
async function call<K extends VocabChannel>(channel: K, input: unknown) {
  const spec = vocabChannels[channel];
  const parsed = spec.input.parse(input);
  const handler = handlers[channel] as (i: unknown, c: RequestContext) => Promise<unknown>;
  const output = await handler(parsed, ctx);
  return spec.output.parse(output) as Awaited<ReturnType<(typeof handlers)[K]>>;
}

describe('vocab channels', () => {
  it('vocab.searchTypes answers a small ranked page', async () => {
    const { items } = await call('vocab.searchTypes', { query: 'Persn', limit: 5 });
    expect(items[0]?.name).toBe('Person');
    expect(items.length).toBeLessThanOrEqual(5);
  });

  it('vocab.type answers a descriptor with grouped inherited properties', async () => {
    const d = await call('vocab.type', { name: 'Person' });
    expect(d.groups).toEqual(['Person', 'Thing']);
    expect(d.properties.find((p) => p.name === 'name')?.group).toBe('Thing');
    await expect(call('vocab.type', { name: 'Nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('vocab.hierarchy answers one level with counts and a breadcrumb', async () => {
    const root = await call('vocab.hierarchy', {});
    expect(root.type.name).toBe('Thing');
    const h = await call('vocab.hierarchy', { name: 'LocalBusiness' });
    expect(h.path).toEqual(['Thing', 'Place']);
    expect(h.parents).toEqual(['Place', 'Organization']);
    expect(h.children.find((c) => c.name === 'FoodEstablishment')?.childCount).toBeGreaterThan(5);
  });

  it('vocab.subtypes and vocab.enumeration', async () => {
    expect((await call('vocab.subtypes', { name: 'Organization' })).names).toContain('Corporation');
    const e = await call('vocab.enumeration', { name: 'ItemAvailability' });
    expect(e.members.map((m) => m.name)).toContain('InStock');
    await expect(call('vocab.enumeration', { name: 'Person' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('NAICS channels: search, get, children', async () => {
    expect((await call('vocab.naics.search', { query: 'software', limit: 5 })).items.length).toBeGreaterThan(0);
    expect((await call('vocab.naics.get', { code: '541511' })).path.map((c) => c.code)).toEqual(['54', '541', '5415', '54151', '541511']);
    expect((await call('vocab.naics.children', {})).items).toHaveLength(20);
    expect((await call('vocab.naics.children', { code: '5415' })).items.map((c) => c.code)).toEqual(['54151']);
    await expect(call('vocab.naics.get', { code: '999999' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('O*NET channels: search, get, children', async () => {
    expect((await call('vocab.onet.search', { query: 'software developers', limit: 3 })).items[0]?.code).toBe('15-1252.00');
    const got = await call('vocab.onet.get', { code: '11-1011.00' });
    expect(got).toMatchObject({ socTitle: 'Chief Executives', majorGroupTitle: 'Management Occupations', related: [{ code: '11-1011.03' }] });
    expect((await call('vocab.onet.children', {})).items).toHaveLength(23);
    expect((await call('vocab.onet.children', { code: '15-1252' })).items[0]?.code).toBe('15-1252.00');
  });

  it('rejects malformed input before any handler runs', () => {
    expect(vocabChannels['vocab.searchTypes'].input.safeParse({ query: '', limit: 5 }).success).toBe(false);
    expect(vocabChannels['vocab.searchTypes'].input.safeParse({ query: 'x', limit: 5000 }).success).toBe(false);
    expect(vocabChannels['vocab.onet.get'].input.safeParse({ code: '15-1252' }).success).toBe(false);
  });
});
