/** Timing helpers: medians of repeated runs, and the result table. */

/** The median duration (ms) of `runs` calls of `fn`, after one warm-up call. */
export async function median(runs: number, fn: (i: number) => unknown): Promise<number> {
  await fn(0);
  const times: number[] = [];
  for (let i = 1; i <= runs; i += 1) {
    const start = process.hrtime.bigint();
    await fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** One line of the table. */
export interface Row {
  size: number;
  op: string;
  engineMs: number;
  handMs: number | null;
  note?: string;
}

/** Prints rows as a Markdown table. */
export function printTable(rows: readonly Row[]): void {
  const fmt = (ms: number | null) => (ms === null ? '-' : ms < 1 ? ms.toFixed(3) : ms.toFixed(1));
  console.log('| size | operation | engine ms (median) | hand SQL ms | engine/hand | note |');
  console.log('|---:|---|---:|---:|---:|---|');
  for (const r of rows) {
    const ratio = r.handMs ? (r.engineMs / r.handMs).toFixed(2) : '-';
    console.log(`| ${r.size.toLocaleString('en')} | ${r.op} | ${fmt(r.engineMs)} | ${fmt(r.handMs)} | ${ratio} | ${r.note ?? ''} |`);
  }
}
