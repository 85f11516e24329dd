/**
 * What a chart can draw from result rows: grouped results (`_id` plus numbers) give one
 * point per group, its `_id` on the x axis and each numeric field as a series. Time buckets
 * (`_id` like `2026-01-05T10:00`) sort by time.
 */

/** The chart of rows, or null when they are not grouped numbers. */
export interface ChartData {
  points: Array<Record<string, string | number | null>>;
  series: string[];
  timeAxis: boolean;
}

const TIME = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?Z?)?)?)?$/;

/** The x label of a group key: text as is, composite keys joined. */
function label(id: unknown): string {
  if (id === null || id === undefined) return '(none)';
  if (typeof id === 'object') return Object.values(id as Record<string, unknown>).map((v) => String(v ?? '–')).join(' · ');
  return String(id);
}

/** Chart points and series for grouped rows; null when no row has `_id` and a number. */
export function chartData(rows: readonly Record<string, unknown>[]): ChartData | null {
  if (rows.length === 0 || !rows.every((r) => '_id' in r)) return null;
  const series = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => k !== '_id' && typeof r[k] === 'number')))];
  if (series.length === 0) return null;
  const timeAxis = rows.every((r) => typeof r._id === 'string' && TIME.test(r._id));
  const points = rows.map((r) => ({ x: label(r._id), ...Object.fromEntries(series.map((s) => [s, typeof r[s] === 'number' ? (r[s] as number) : null])) }));
  if (timeAxis) points.sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));
  return { points, series, timeAxis };
}
