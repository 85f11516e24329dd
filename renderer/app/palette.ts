/** Ranking for the command palette: prefix beats word prefix beats substring beats letters in order. */

/** One thing the palette can do. */
export interface PaletteItem {
  id: string;
  label: string;
  section: 'Types' | 'Entities' | 'Actions';
  /** A second, quieter text (a type, an `$id`, a shortcut). */
  hint?: string;
  /** Extra words to match. */
  keywords?: string;
  run: () => void;
}

/** How well `query` matches `text`; 0 for no match. */
export function matchScore(query: string, text: string): number {
  const q = query.trim().toLowerCase();
  const t = text.toLowerCase();
  if (!q) return 1;
  if (t === q) return 100;
  if (t.startsWith(q)) return 80;
  if (t.split(/[\s·\-_./]+/).some((w) => w.startsWith(q))) return 60;
  if (t.includes(q)) return 40;
  let at = 0;
  for (const ch of q) {
    at = t.indexOf(ch, at);
    if (at < 0) return 0;
    at += 1;
  }
  return 10;
}

/** The items that match, best first; the section order breaks ties (types, entities, actions). */
export function rankItems(items: readonly PaletteItem[], query: string, limit = 30): PaletteItem[] {
  const order = { Types: 0, Entities: 1, Actions: 2 };
  return items
    .map((item) => ({ item, score: Math.max(matchScore(query, item.label), matchScore(query, item.keywords ?? '') - 5) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || order[a.item.section] - order[b.item.section] || a.item.label.localeCompare(b.item.label))
    .slice(0, limit)
    .map((s) => s.item);
}

/**
 * The palette's sections in order: types, then entities (ranked by the server), then actions —
 * unless an action's own name matches the query by a word ("vocab" → "Open Vocabulary"): then
 * the actions come before the entities, so Enter does what the user named rather than opening
 * an entity whose text happens to contain the word.
 */
export function orderSections(ranked: readonly PaletteItem[], entities: readonly PaletteItem[], query: string): PaletteItem[] {
  const types = ranked.filter((i) => i.section === 'Types');
  const actions = ranked.filter((i) => i.section !== 'Types');
  const named = query.trim() !== '' && actions.some((a) => matchScore(query, a.label) >= 60);
  return named ? [...types, ...actions, ...entities] : [...types, ...entities, ...actions];
}
