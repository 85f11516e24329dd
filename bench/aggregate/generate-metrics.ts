/**
 * Deterministic Metric readings for the aggregation benchmark, shaped like the demo's
 * (`name`, `value`, `unit`, ISO `timestamp`, `labels: { host, region }`): two metrics for
 * 20 hosts, hourly, as far back as the count needs.
 */
import { prng } from '../store/generate';

const HOSTS = Array.from({ length: 20 }, (_, i) => `${i < 12 ? 'web' : 'db'}-${(i % 12) + 1}`);
const NAMES = ['cpu.usage', 'memory.usage'] as const;
const START = Date.UTC(2023, 0, 1);

/** Readings `from` .. `from + count - 1`; reading i is hour ⌊i / 40⌋ of one of 40 series. */
export function metrics(from: number, count: number, seed = 7): Array<Record<string, unknown>> {
  const rand = prng(seed + from);
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const series = i % (HOSTS.length * NAMES.length);
    const hour = Math.floor(i / (HOSTS.length * NAMES.length));
    const at = START + hour * 3_600_000;
    const base = series < 24 ? 30 : 55;
    const daily = Math.sin(((new Date(at).getUTCHours() - 6) / 24) * 2 * Math.PI) * 15;
    return {
      $id: `metric-${String(i).padStart(8, '0')}`,
      name: NAMES[series % NAMES.length],
      value: Math.round((base + daily + rand() * 10) * 10) / 10,
      unit: 'percent',
      timestamp: new Date(at).toISOString(),
      labels: { host: HOSTS[Math.floor(series / NAMES.length)], region: 'us-east' },
    };
  });
}
