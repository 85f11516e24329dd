import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './store';

const store = openStore({ file: ':memory:', ttlSweepMs: 0 });
afterAll(() => store.close());

describe('time-series collections', () => {
  it('get the indexes that serve time-range queries, alone and per series', async () => {
    const metrics = store.collection('metrics', { type: 'Metric', timeseries: { timeField: 'timestamp', metaField: 'name', granularity: 'hours' } });
    await metrics.ready;
    const start = Date.UTC(2026, 0, 1);
    await store.createMany(
      'Metric',
      Array.from({ length: 2000 }, (_, i) => ({ name: i % 2 ? 'cpu.usage' : 'memory.usage', value: i % 100, timestamp: new Date(start + i * 3_600_000).toISOString() })),
    );
    const range = { timestamp: { $gte: '2026-01-10T00:00:00.000Z', $lt: '2026-01-11T00:00:00.000Z' } };
    expect(await store.explain('Metric', { where: range })).toMatchObject({ usesIndex: true });
    const series = await store.explain('Metric', { where: { name: 'cpu.usage', ...range } });
    expect(series.usesIndex).toBe(true);
    expect(series.indexes.some((name) => name.includes('name__timestamp'))).toBe(true);
    const hourly = await metrics.aggregate([
      { $match: { name: 'cpu.usage', ...range } },
      { $group: { _id: { $dateToString: { format: '%Y-%m-%dT%H:00', date: '$timestamp' } }, avg: { $avg: '$value' } } },
      { $sort: { _id: 1 } },
    ]);
    expect(hourly).toHaveLength(12);
    expect(hourly[0]).toEqual({ _id: '2026-01-10T01:00', avg: 17 });
  });

  it('refuses a time series without a valid time field', () => {
    expect(() => store.collection('bad', { type: 'Bad', timeseries: { timeField: 'a..b' } })).toThrow(/timeseries.timeField/);
  });
});
