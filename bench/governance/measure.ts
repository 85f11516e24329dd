/** Timing helpers of the governance benchmark: run, take medians, print a table. */

/** One line of the results table. */
export interface Line {
  what: string;
  value: string;
  note?: string;
}

/** Milliseconds `fn` takes, as the median of `runs` runs (after one warm-up). */
export async function medianMs(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Milliseconds one call of `fn` takes. */
export async function onceMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** A number with thousands separators. */
export function n(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Prints the lines as an aligned table. */
export function printTable(title: string, lines: Line[]): void {
  const w1 = Math.max(...lines.map((l) => l.what.length), 10);
  const w2 = Math.max(...lines.map((l) => l.value.length), 8);
  console.log(`\n${title}\n${'-'.repeat(w1 + w2 + 5)}`);
  for (const l of lines) console.log(`${l.what.padEnd(w1)}  ${l.value.padStart(w2)}  ${l.note ?? ''}`);
}
