/**
 * Full-text search over entities' text values (FTS5, kept in step by the write path).
 * The caller's text is never handed to FTS5's query syntax: it is split into words, each
 * quoted as a phrase (the last one as a prefix, for search-as-you-type), so operators,
 * quotes and column filters in it are plain text.
 */
import type { Entity } from '../../shared/entity';
import { badQuery } from '../../shared/errors';
import { jsonPathLiteral } from '../query/identifiers';
import { DOC, jsonExtract } from '../query/dialect';
import { Sql, sql, join } from '../query/sql';
import { rowToEntity, type EntityRow } from './entity-data';
import { checkType } from './reads';
import { readScope } from './scope';
import type { StoreCore } from './store-core';
import type { Context } from './types';

/** Most words of a search. */
const MAX_TERMS = 16;

/** The FTS5 query for free text: `"word1" "word2"*`, or BAD_QUERY when it has no words. */
export function ftsQuery(text: string): string {
  if (typeof text !== 'string') throw badQuery('text', 'search text is a string');
  const words = (text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, MAX_TERMS);
  if (words.length === 0) throw badQuery('text', 'the search text has no letters or digits');
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** Entities whose text matches, best first. */
export function searchEntities(core: StoreCore, text: string, options: { type?: string; limit?: number; context?: Context }): Entity[] {
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw badQuery('limit', 'limit is a whole number from 1 to 1000');
  core.refresh();
  const conditions: Sql[] = [sql`entity_fts MATCH ${ftsQuery(text)}`];
  if (options.type !== undefined) {
    conditions.push(sql`e.type = ${checkType(options.type)}`, ...readScope(core.settings.forType(options.type), options.context, 'exclude'));
  } else {
    conditions.push(sql`e.deleted = 0`);
    // Without a type, every tenant-scoped type is limited to the caller's tenant (or left out).
    for (const settings of core.settings.all()) {
      if (!settings.tenantField) continue;
      const tenant = options.context?.tenant;
      conditions.push(
        tenant ? sql`(e.type <> ${settings.type} OR ${jsonExtract(DOC, jsonPathLiteral(settings.tenantField))} = ${tenant})` : sql`e.type <> ${settings.type}`,
      );
    }
  }
  const query = sql`SELECT e.rowid AS rowid, e.id AS id, e.type AS type, e.version AS version, e.created_at AS created_at, e.updated_at AS updated_at, e.deleted AS deleted, e.doc AS doc
    FROM entity_fts JOIN entities AS e ON e.rowid = entity_fts.rowid
    WHERE ${join(conditions, ' AND ')} ORDER BY entity_fts.rank LIMIT ${limit}`;
  return core.all<EntityRow>(query).map(rowToEntity);
}
