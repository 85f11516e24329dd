import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateDemo } from './generate-demo';
import { OCCUPATIONS, ORGANIZATIONS } from './pools';

const now = new Date('2026-11-01T12:00:00Z');
const byType = (batches: ReturnType<typeof generateDemo>) => Object.fromEntries(batches.map((b) => [b.type, b.entities]));

describe('the demo generator', () => {
  it('is deterministic for a seed and clock', () => {
    expect(JSON.stringify(generateDemo({ seed: 7, people: 50, now }))).toBe(JSON.stringify(generateDemo({ seed: 7, people: 50, now })));
    expect(JSON.stringify(generateDemo({ seed: 8, people: 50, now }))).not.toBe(JSON.stringify(generateDemo({ seed: 7, people: 50, now })));
  });

  it('gives every entity a unique $id and references only entities it created', () => {
    const data = byType(generateDemo({ people: 120, now }));
    const ids = new Set(Object.values(data).flat().map((e) => e.$id));
    expect(ids.size).toBe(Object.values(data).flat().length);
    for (const order of data.Order!) {
      expect(ids.has(order.customer as string)).toBe(true);
      for (const item of order.orderedItem as { orderedItem: string }[]) expect(ids.has(item.orderedItem)).toBe(true);
    }
    for (const sub of data.Subscription!) expect(ids.has(sub.customer as string)).toBe(true);
  });

  it('has people at Acme Inc aged 30 to 40, for the query a new user tries first', () => {
    const people = byType(generateDemo({ now })).Person!;
    const hits = people.filter((p) => (p.worksFor as { name: string }).name === 'Acme Inc' && (p.age as number) >= 30 && (p.age as number) <= 40);
    expect(hits.length).toBeGreaterThan(10);
  });

  it('keeps order totals equal to subtotal + tax + shipping', () => {
    for (const order of byType(generateDemo({ people: 60, now })).Order!) {
      expect(order.total).toBeCloseTo((order.subtotal as number) + (order.tax as number) + (order.shipping as number), 2);
    }
  });

  it('uses only O*NET and NAICS codes that exist in the shipped code lists', () => {
    const onet = new Set((JSON.parse(readFileSync('data/vocab/onet.json', 'utf8')) as { occupations: { code: string }[] }).occupations.map((o) => o.code));
    const naics = new Set((JSON.parse(readFileSync('data/vocab/naics.json', 'utf8')) as { codes: { code: string }[] }).codes.map((c) => c.code));
    for (const o of OCCUPATIONS) expect(onet.has(o.code), o.code).toBe(true);
    for (const o of ORGANIZATIONS) expect(naics.has(o.naics), o.naics).toBe(true);
  });

  it('covers a month of hourly metrics per host', () => {
    const metrics = byType(generateDemo({ people: 10, now })).Metric!;
    const cpuWeb1 = metrics.filter((m) => m.name === 'cpu.usage' && (m.labels as { host: string }).host === 'web-1');
    expect(cpuWeb1).toHaveLength(30 * 24);
  });
});
