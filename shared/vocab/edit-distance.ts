/** Edit distance for typo tolerance (type search, "did you mean" hints). */

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up
 * early: returns `max + 1` as soon as the distance must exceed `max`, which keeps a search over
 * every type name cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** The candidate closest to `word` within `max` edits (case-insensitive), if any. */
export function closest(word: string, candidates: Iterable<string>, max = 2): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase(), bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}
