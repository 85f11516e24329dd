/**
 * Runs an aggregation pipeline: the leading `$match` stages become the WHERE of one SQL
 * statement (compiled by the `where` compiler, so indexes serve them), a `$group` right after
 * them becomes its GROUP BY where it can, leading `$skip`/`$limit` become LIMIT/OFFSET, and
 * the remaining stages run in the main process over the rows that statement returns.
 */
import { ENTITY_COLUMNS, whereClause, type SelectSpec } from '../select';
import { compile, sql, type CompiledSql, type Sql } from '../sql';
import { compileGroup } from './compile-group';
import { runStage, type Doc } from './run-js';
import { parsePipeline, type Stage } from './stages';

/** What the pipeline runner needs from the store. */
export interface AggregateSource {
  /** The select spec of a `where` filter over the type, with the caller's scope (soft delete, tenant). */
  spec(where: Record<string, unknown> | undefined): SelectSpec;
  /** Runs a statement and returns its rows. */
  all<T>(query: Sql): T[];
  /** A stored row (the columns of `ENTITY_COLUMNS`) as the document the pipeline sees. */
  toDoc(row: Record<string, unknown>): Doc;
}

/** Options of a run. */
export interface AggregateOptions {
  /** Compile `$group` to SQL where possible (default true); false runs it in JavaScript, for comparison. */
  sqlGroup?: boolean;
}

/** How a pipeline was run: how many leading stages SQL ran, and the statement. */
export interface AggregatePlan {
  sqlStages: number;
  totalStages: number;
  statement: CompiledSql;
}

/** The result documents and the plan. */
export interface AggregateResult {
  docs: Doc[];
  plan: AggregatePlan;
}

/** Runs a pipeline (validated first: a stage the engine cannot run is BAD_QUERY before any SQL). */
export function runPipeline(source: AggregateSource, pipeline: unknown, options: AggregateOptions = {}): AggregateResult {
  const stages = parsePipeline(pipeline);
  const { statement, consumed, decode } = planSql(source, stages, options);
  const rows = source.all<Record<string, unknown>>(statement);
  let docs = rows.map(decode);
  for (const stage of stages.slice(consumed)) docs = runStage(stage, docs);
  return { docs, plan: { sqlStages: consumed, totalStages: stages.length, statement: compile(statement) } };
}

/** Runs a whole pipeline in JavaScript over documents already in memory. */
export function runInMemory(docs: readonly Doc[], pipeline: unknown): Doc[] {
  let out = [...docs];
  for (const stage of parsePipeline(pipeline)) out = runStage(stage, out);
  return out;
}

/** Compiles the SQL part of a pipeline without running it (for explain). */
export function planPipeline(source: AggregateSource, pipeline: unknown, options: AggregateOptions = {}): AggregatePlan {
  const stages = parsePipeline(pipeline);
  const { statement, consumed } = planSql(source, stages, options);
  return { sqlStages: consumed, totalStages: stages.length, statement: compile(statement) };
}

function planSql(source: AggregateSource, stages: readonly Stage[], options: AggregateOptions): { statement: Sql; consumed: number; decode: (row: Record<string, unknown>) => Doc } {
  let i = 0;
  const filters: unknown[] = [];
  while (i < stages.length && stages[i]!.kind === 'match') filters.push((stages[i++] as Extract<Stage, { kind: 'match' }>).filter ?? {});
  const where = filters.length === 0 ? undefined : filters.length === 1 ? (filters[0] as Record<string, unknown>) : { $and: filters };
  const spec = source.spec(where);
  const next = stages[i];
  if (next?.kind === 'group' && options.sqlGroup !== false) {
    const group = compileGroup(next, spec.shape);
    if (group) {
      return { statement: sql`SELECT ${group.columns} FROM entities AS e ${whereClause(spec)} GROUP BY ${group.groupBy}`, consumed: i + 1, decode: group.decode };
    }
  }
  let skip = 0;
  let limit: number | undefined;
  while (i < stages.length && limit === undefined && (stages[i]!.kind === 'skip' || stages[i]!.kind === 'limit')) {
    const stage = stages[i++]!;
    if (stage.kind === 'skip') skip += stage.n;
    if (stage.kind === 'limit') limit = stage.n;
  }
  const paging = limit !== undefined ? sql` LIMIT ${limit} OFFSET ${skip}` : skip > 0 ? sql` LIMIT -1 OFFSET ${skip}` : sql``;
  return { statement: sql`SELECT ${ENTITY_COLUMNS} FROM entities AS e ${whereClause(spec)} ORDER BY e.rowid${paging}`, consumed: i, decode: source.toDoc };
}
