/**
 * Exporter: the query as TypeScript a developer pastes into code, in the reference
 * document's API (`await db.list($.Person, { where, orderBy, limit })`).
 */
import { toJsLiteral } from './js-literal';
import type { QueryModel } from './model';
import { toQueryJson } from './to-where';

/** `$.Person` for schema.org-style names, `$['my-type']` otherwise. */
export function typeRef(type: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(type) ? `$.${type}` : `$[${JSON.stringify(type)}]`;
}

/** The `db.list(...)` call of a query. */
export function toTypeScript(model: QueryModel): string {
  const query = toQueryJson(model);
  if (Object.keys(query).length === 0) return `await db.list(${typeRef(model.type)})`;
  return `await db.list(${typeRef(model.type)}, ${toJsLiteral(query, 0)})`;
}

/** The `db.aggregate(...)` call of a pipeline. */
export function pipelineToTypeScript(type: string, pipeline: readonly unknown[]): string {
  return `await db.aggregate(${typeRef(type)}, ${toJsLiteral(pipeline, 0)})`;
}
