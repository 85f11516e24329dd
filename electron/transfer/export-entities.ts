/**
 * Exports a query: pages through the store with its keyset cursor (so memory holds one page),
 * passes each entity through the `mask` step, and serializes. `exportText` streams a whole
 * export (the CLI); `exportChunk` answers one page at a time (the `transfer.export` channel).
 */
import type { Entity } from '../../shared/entity';
import type { ExportChunk, TransferFormat } from '../../shared/channels/transfer';
import type { DescriptorLookup } from '../../shared/vocab/descriptor';
import type { Context, OrderBy, StoreOps, Where } from '../store';
import { deriveColumns } from './flatten';
import { serializerFor } from './serializers';

/** A step every exported entity passes through before it is written (PII masking plugs in here). */
export type MaskStep = (entity: Entity, type: string) => Entity | Promise<Entity>;

/** What to export. */
export interface ExportQuery {
  type: string;
  where?: Where;
  orderBy?: OrderBy;
  format: TransferFormat;
  /** CSV columns; chosen from the first page when not given. */
  columns?: readonly string[];
  lookup?: DescriptorLookup;
  mask?: MaskStep;
  context?: Context;
}

type Reader = Pick<StoreOps, 'page'>;

async function masked(entities: Entity[], type: string, mask?: MaskStep): Promise<Entity[]> {
  if (!mask) return entities;
  const out: Entity[] = [];
  for (const e of entities) out.push(await mask(e, type));
  return out;
}

/** The whole export as text chunks (one per page), for a file or stdout; `onCount` hears the running total. */
export async function* exportText(store: Reader, query: ExportQuery, pageSize = 1000, onCount?: (exported: number) => void): AsyncGenerator<string> {
  let cursor: string | null = null;
  let index = 0;
  let serializer;
  do {
    const page = await store.page(query.type, { where: query.where, orderBy: query.orderBy, limit: pageSize, cursor, context: query.context });
    const items = await masked(page.items, query.type, query.mask);
    let text = '';
    if (!serializer) {
      const columns = query.format === 'csv' ? (query.columns ?? deriveColumns(items, query.type, query.lookup)) : undefined;
      serializer = serializerFor(query.format, { columns, lookup: query.lookup });
      text += serializer.begin();
    }
    for (const entity of items) text += serializer.item(entity, index++);
    onCount?.(index);
    cursor = page.next;
    if (!cursor) text += serializer.end();
    if (text) yield text;
  } while (cursor);
}

/** One chunk of an export: the page after `cursor` (the first page when null), serialized. */
export async function exportChunk(store: Reader, query: ExportQuery, cursor: string | null, limit: number): Promise<ExportChunk> {
  const page = await store.page(query.type, { where: query.where, orderBy: query.orderBy, limit, cursor, context: query.context });
  const items = await masked(page.items, query.type, query.mask);
  const columns = query.format === 'csv' ? [...(query.columns ?? deriveColumns(items, query.type, query.lookup))] : null;
  const serializer = serializerFor(query.format, { columns: columns ?? undefined, lookup: query.lookup });
  let text = cursor ? '' : serializer.begin();
  // After the first chunk every entity follows another, so each gets its separator.
  items.forEach((entity, i) => (text += serializer.item(entity, cursor ? i + 1 : i)));
  if (!page.next) text += serializer.end();
  return { text, next: page.next, columns, count: items.length };
}
