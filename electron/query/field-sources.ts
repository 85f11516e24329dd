/**
 * The values a field path reaches in a document, with MongoDB's array rules: at each step
 * an array is entered (its object elements continue the path, nested arrays do not), and the
 * value at the end counts both as itself and, when it is an array, through its elements.
 * Each way of reaching a value is a *source*: SQL for the value and its kind, plus the
 * `json_each` joins and conditions that reach it. Steps where the type's shape never held an
 * array get no array branch, so the common case stays one `json_extract` an index serves.
 */
import { jsonPathLiteral, jsonSuffixLiteral } from './identifiers';
import { DOC, jsonExtract, jsonType, type Kind } from './dialect';
import { Sql, sql, join } from './sql';
import { mayBe, type Kinds, type TypeShape } from './shape';

/** One way a path reaches a candidate value. */
export interface Source {
  readonly joins: readonly Sql[];
  readonly conds: readonly Sql[];
  readonly value: Sql;
  readonly type: Sql;
  /** Kinds this candidate may have. */
  readonly kinds: Kinds;
  /** The candidate is an element of the array at the end of the path. */
  readonly element: boolean;
  /** At least one array step was taken. */
  readonly viaArray: boolean;
}

/** Allocates `json_each` aliases unique within one statement. */
export class AliasPool {
  private next = 0;
  /** A fresh alias such as `j3`. */
  take(): Sql {
    this.next += 1;
    return Sql.trusted(`j${this.next}`);
  }
}

/** A path expression: a literal from the root, or a `fullkey` plus a literal suffix. */
function pathSql(base: Sql | null, suffix: readonly string[]): Sql {
  if (base === null) return jsonPathLiteral(suffix);
  return suffix.length === 0 ? base : sql`${base} || ${jsonSuffixLiteral(suffix)}`;
}

/** True when the shape says an array may sit at `norm`. */
export function arrayPossible(shape: TypeShape, norm: string): boolean {
  return mayBe(shape.kinds(norm), 'array');
}

/** Every source of a path. */
export function sourcesOf(segments: readonly string[], shape: TypeShape, aliases: AliasPool): Source[] {
  const out: Source[] = [];
  const walk = (i: number, base: Sql | null, suffix: string[], joins: Sql[], conds: Sql[]): void => {
    const seg = segments[i]!;
    const here = [...suffix, seg];
    const norm = segments.slice(0, i + 1).join('.');
    const path = pathSql(base, here);
    const viaArray = joins.length > 0;
    if (i === segments.length - 1) {
      out.push({ joins, conds, value: jsonExtract(DOC, path), type: jsonType(DOC, path), kinds: shape.kinds(norm), element: false, viaArray });
      if (arrayPossible(shape, norm)) {
        const j = aliases.take();
        out.push({
          joins: [...joins, sql`json_each(${DOC}, ${path}) AS ${j}`],
          conds: [...conds, sql`${jsonType(DOC, path)} = 'array'`],
          value: sql`${j}.value`,
          type: sql`${j}.type`,
          kinds: shape.kinds(`${norm}[]`),
          element: true,
          viaArray: true,
        });
      }
      return;
    }
    walk(i + 1, base, here, joins, conds);
    if (arrayPossible(shape, norm)) {
      const j = aliases.take();
      walk(i + 1, sql`${j}.fullkey`, [], [...joins, sql`json_each(${DOC}, ${path}) AS ${j}`], [...conds, sql`${jsonType(DOC, path)} = 'array'`]);
    }
  };
  walk(0, null, [], [], []);
  return out;
}

/** A condition on one candidate, or null when the candidate can never satisfy it. */
export type CandidateCondition = (source: Source) => Sql | null;

/** "Some candidate satisfies `cond`": an OR over sources, array steps as EXISTS subqueries. */
export function anySource(sources: readonly Source[], cond: CandidateCondition): Sql[] {
  const parts: Sql[] = [];
  for (const s of sources) {
    const c = cond(s);
    if (c === null) continue;
    const all = [...s.conds, c];
    parts.push(s.joins.length === 0 ? join(all, ' AND ') : sql`EXISTS (SELECT 1 FROM ${join([...s.joins], ', ')} WHERE ${join(all, ' AND ')})`);
  }
  return parts;
}

/**
 * "The path resolves to something" in mingo's sense: the full path exists through objects,
 * or an array sits at one of its steps before the last (entering it yields a possibly empty list).
 */
export function definedConditions(segments: readonly string[], shape: TypeShape): Sql[] {
  const parts: Sql[] = [sql`${jsonType(DOC, jsonPathLiteral(segments))} IS NOT NULL`];
  for (let i = 0; i < segments.length - 1; i += 1) {
    const prefix = segments.slice(0, i + 1);
    if (arrayPossible(shape, prefix.join('.'))) parts.push(sql`${jsonType(DOC, jsonPathLiteral(prefix))} = 'array'`);
  }
  return parts;
}

/** Kinds helper re-exported for conditions. */
export type { Kind };
