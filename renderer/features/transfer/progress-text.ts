/** How the progress bar words its numbers: counts, rate and time left. */

/** `12,345` */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** `52,000 rows/s` */
export function formatRate(rowsPerSecond: number): string {
  return `${formatCount(Math.round(rowsPerSecond))} rows/s`;
}

/** `about 1 min 5 s left`, `a few seconds left`, or `working out time left…` when it is not known yet. */
export function formatTimeLeft(seconds: number | null): string {
  if (seconds === null) return 'working out time left…';
  const s = Math.round(seconds);
  if (s < 5) return 'a few seconds left';
  if (s < 60) return `about ${s} s left`;
  const m = Math.floor(s / 60);
  if (m < 60) return `about ${m} min ${s % 60} s left`;
  return `about ${Math.floor(m / 60)} h ${m % 60} min left`;
}

/** A fraction as a whole percentage (0-100), or undefined when it is not known. */
export function percent(fraction: number | null): number | undefined {
  return fraction === null ? undefined : Math.round(Math.min(1, Math.max(0, fraction)) * 100);
}
