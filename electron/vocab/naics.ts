/** NAICS 2022 industries as a code list: lookup, search and the sector → national industry tree. */
import type { NaicsFile, NaicsRow } from './data-files';
import { prepareQuery, prepareTitle, scoreText, topScored, type Prepared } from './search';

/** The name of each NAICS level by number of digits. */
export const NAICS_LEVELS: Readonly<Record<number, string>> = {
  2: 'sector',
  3: 'subsector',
  4: 'industryGroup',
  5: 'industry',
  6: 'nationalIndustry',
};

/** One NAICS code as the app hands it out. */
export interface NaicsCode {
  code: string;
  title: string;
  level: number;
  levelName: string;
  parent: string | null;
  childCount: number;
  summary?: string;
}

/** The NAICS code list, indexed on construction. */
export class NaicsList {
  private readonly byCode = new Map<string, NaicsRow>();
  private readonly childrenOf = new Map<string | null, string[]>();
  private prepared?: Map<string, Prepared>;

  constructor(readonly file: NaicsFile) {
    for (const row of file.codes) {
      this.byCode.set(row.code, row);
      const siblings = this.childrenOf.get(row.parent);
      if (siblings) siblings.push(row.code);
      else this.childrenOf.set(row.parent, [row.code]);
    }
  }

  /** Number of codes in all. */
  get size(): number {
    return this.byCode.size;
  }

  /** Whether the code exists (exact match, `31-33` ranges included). */
  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** One code, or undefined. */
  get(code: string): NaicsCode | undefined {
    const row = this.byCode.get(code);
    return row && this.toCode(row);
  }

  /** The direct children of a code; the 20 sectors for null. */
  children(code: string | null): NaicsCode[] {
    return (this.childrenOf.get(code) ?? []).map((c) => this.toCode(this.byCode.get(c) as NaicsRow));
  }

  /** The chain from the sector down to the code itself. */
  path(code: string): NaicsCode[] {
    const chain: NaicsCode[] = [];
    for (let row = this.byCode.get(code); row; row = row.parent ? this.byCode.get(row.parent) : undefined) chain.unshift(this.toCode(row));
    return chain;
  }

  /** Codes ranked against a query: a code prefix (`5415`) or words of the title (typos tolerated). */
  search(query: string, limit = 20, level?: number): NaicsCode[] {
    const q = query.trim();
    const rows = level ? this.file.codes.filter((r) => r.level === level) : this.file.codes;
    const byCode = /^\d[\d-]*$/.test(q);
    const prepared = prepareQuery(q);
    const scored = rows.map((row) => ({
      item: row,
      score: byCode ? (row.code === q ? 1000 : row.code.startsWith(q) ? 900 - row.level : 0) : scoreText(prepared, this.preparedRow(row)),
    }));
    return topScored(scored, limit, (r) => r.code).map((s) => this.toCode(s.item));
  }

  /** Counts by level name, computed from the loaded codes. */
  countsByLevel(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const row of this.file.codes) {
      const name = NAICS_LEVELS[row.level] ?? String(row.level);
      counts[name] = (counts[name] ?? 0) + 1;
    }
    return counts;
  }

  private preparedRow(row: NaicsRow): Prepared {
    this.prepared ??= new Map(this.file.codes.map((r) => [r.code, prepareTitle(r.title, r.summary)]));
    return this.prepared.get(row.code) as Prepared;
  }

  private toCode(row: NaicsRow): NaicsCode {
    const code: NaicsCode = {
      code: row.code,
      title: row.title,
      level: row.level,
      levelName: NAICS_LEVELS[row.level] ?? String(row.level),
      parent: row.parent,
      childCount: this.childrenOf.get(row.code)?.length ?? 0,
    };
    if (row.summary) code.summary = row.summary;
    return code;
  }
}

