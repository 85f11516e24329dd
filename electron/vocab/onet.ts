/**
 * O*NET-SOC occupations as a code list with a three-level tree: SOC major group (`15`), SOC
 * code (`15-1252`), O*NET-SOC occupation (`15-1252.00`, specialties `.01`…).
 */
import type { OnetFile, OnetRow } from './data-files';
import { prepareQuery, prepareTitle, scoreText, topScored, type Prepared } from './search';

/** One occupation as the app hands it out. */
export interface Occupation {
  code: string;
  title: string;
  description: string;
  soc: string;
  majorGroup: string;
  /** True for the occupations O*NET rates (923); false for "All Other" residuals and military titles. */
  dataLevel: boolean;
}

/** A node of the O*NET tree: a major group, a SOC code or an occupation. */
export interface OnetNode {
  code: string;
  title: string;
  level: 'majorGroup' | 'soc' | 'occupation';
  childCount: number;
  dataLevel?: boolean;
}

const socOf = (code: string): string => code.slice(0, 7);
const majorOf = (code: string): string => code.slice(0, 2);

/** The O*NET occupation list, indexed on construction. */
export class OnetList {
  private readonly byCode = new Map<string, OnetRow>();
  private readonly bySoc = new Map<string, string[]>();
  private readonly socByMajor = new Map<string, string[]>();
  private prepared?: Map<string, Prepared>;

  constructor(readonly file: OnetFile) {
    for (const row of file.occupations) {
      this.byCode.set(row.code, row);
      const soc = socOf(row.code);
      const list = this.bySoc.get(soc);
      if (list) list.push(row.code);
      else {
        this.bySoc.set(soc, [row.code]);
        const socs = this.socByMajor.get(majorOf(row.code));
        if (socs) socs.push(soc);
        else this.socByMajor.set(majorOf(row.code), [soc]);
      }
    }
  }

  /** Number of O*NET-SOC codes. */
  get size(): number {
    return this.byCode.size;
  }

  /** Whether an O*NET-SOC code exists. */
  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** One occupation, or undefined. */
  get(code: string): Occupation | undefined {
    const row = this.byCode.get(code);
    return row && this.toOccupation(row);
  }

  /** The title of a major group (`15` → Computer and Mathematical Occupations). */
  majorGroupTitle(code: string): string | undefined {
    return this.file.majorGroups[code];
  }

  /** The title of a SOC code: its `.00` occupation's title. */
  socTitle(soc: string): string | undefined {
    return this.byCode.get(`${soc}.00`)?.title ?? this.byCode.get(this.bySoc.get(soc)?.[0] ?? '')?.title;
  }

  /** Children in the tree: major groups for null, SOC codes of a major group, occupations of a SOC code. */
  children(code: string | null): OnetNode[] {
    if (code === null) {
      return [...this.socByMajor.keys()].sort().map((m) => ({ code: m, title: this.majorGroupTitle(m) ?? m, level: 'majorGroup', childCount: this.socByMajor.get(m)?.length ?? 0 }));
    }
    if (/^\d{2}$/.test(code)) {
      return (this.socByMajor.get(code) ?? []).map((s) => ({ code: s, title: this.socTitle(s) ?? s, level: 'soc', childCount: this.bySoc.get(s)?.length ?? 0 }));
    }
    return (this.bySoc.get(code) ?? []).map((c) => {
      const row = this.byCode.get(c) as OnetRow;
      return { code: c, title: row.title, level: 'occupation', childCount: 0, dataLevel: row.dataLevel };
    });
  }

  /** Occupations ranked against a query: a code prefix (`15-12`) or words of the title and description. */
  search(query: string, limit = 20, dataLevelOnly = false): Occupation[] {
    const q = query.trim();
    const rows = dataLevelOnly ? this.file.occupations.filter((r) => r.dataLevel) : this.file.occupations;
    const byCode = /^\d[\d.-]*$/.test(q);
    const prepared = prepareQuery(q);
    const scored = rows.map((row) => ({
      item: row,
      score: byCode ? (row.code === q ? 1000 : row.code.startsWith(q) ? 900 : 0) : scoreText(prepared, this.preparedRow(row)),
    }));
    return topScored(scored, limit, (r) => (byCode ? r.code : r.title)).map((s) => this.toOccupation(s.item));
  }

  /** Counts computed from the loaded rows. */
  counts(): { occupations: number; dataLevel: number; socCodes: number; majorGroups: number } {
    return {
      occupations: this.byCode.size,
      dataLevel: this.file.occupations.filter((r) => r.dataLevel).length,
      socCodes: this.bySoc.size,
      majorGroups: this.socByMajor.size,
    };
  }

  private preparedRow(row: OnetRow): Prepared {
    this.prepared ??= new Map(this.file.occupations.map((r) => [r.code, prepareTitle(r.title, r.description)]));
    return this.prepared.get(row.code) as Prepared;
  }

  private toOccupation(row: OnetRow): Occupation {
    return { code: row.code, title: row.title, description: row.description, soc: socOf(row.code), majorGroup: majorOf(row.code), dataLevel: row.dataLevel };
  }
}
