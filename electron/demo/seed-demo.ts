/** Fills a store with the demo dataset, one transaction per type. */
import type { Store } from '../store';
import { generateDemo, type DemoOptions } from './generate-demo';

/** How many entities of each type were created. */
export type SeedReport = Array<{ type: string; count: number }>;

/** Generates the demo data and writes it; calls `progress` after each type. */
export async function seedDemo(store: Store, options: DemoOptions = {}, progress?: (type: string, count: number) => void): Promise<SeedReport> {
  const report: SeedReport = [];
  // Metrics are a time series: their time-range queries and hourly buckets get the index that serves them.
  await store.collection('metrics', { type: 'Metric', timeseries: { timeField: 'timestamp', metaField: 'name', granularity: 'hours' } }).ready;
  for (const batch of generateDemo(options)) {
    await store.createMany(batch.type, batch.entities);
    report.push({ type: batch.type, count: batch.entities.length });
    progress?.(batch.type, batch.entities.length);
  }
  return report;
}
