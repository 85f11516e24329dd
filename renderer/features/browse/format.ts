/** Display formatting for counts. */

const counts = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat();

/** 1234 → "1.2K" in the sidebar; small counts stay exact. */
export function formatCount(n: number): string {
  return n < 10_000 ? exact.format(n) : counts.format(n);
}
