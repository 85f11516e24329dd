/**
 * Channels that move data in and out: import (upload in chunks, CSV preview with a proposed
 * column mapping, start, status, cancel) and export (one page of a query serialized at a time).
 * Files travel in chunks so that both transports work: server mode refuses request bodies
 * over 5 MiB, and IPC should not carry a whole file in one message.
 */
import { z } from 'zod';
import { OrderBySchema, TypeNameSchema, WhereSchema } from '../entity';
import { ErrorDataSchema, FieldIssueSchema } from '../error-schema';
import { channel } from './define';

/** The file formats of import and export. */
export const TransferFormatSchema = z.enum(['json', 'ndjson', 'jsonld', 'csv']);
/** `json`, `ndjson`, `jsonld` or `csv`. */
export type TransferFormat = z.infer<typeof TransferFormatSchema>;

/** The format a file name suggests (`.ndjson`/`.jsonl`, `.jsonld`/`.json-ld`, `.json`, `.csv`), or undefined. */
export function formatOfFileName(name: string): TransferFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.jsonld') || lower.endsWith('.json-ld')) return 'jsonld';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}

/** On a rejected row: roll everything back (`all-or-nothing`) or keep the valid rows (`valid-rows`). */
export const ImportModeSchema = z.enum(['all-or-nothing', 'valid-rows']);
/** How an import treats rejected rows. */
export type ImportMode = z.infer<typeof ImportModeSchema>;

/**
 * How a CSV cell becomes a value: as text, a number, an integer, a boolean, a number when it
 * reads as one (properties that take numbers or text), JSON (objects and arrays), or `auto`
 * (JSON arrays and objects, numbers and booleans as they read; for columns of no known property).
 */
export const CellKindSchema = z.enum(['text', 'number', 'integer', 'boolean', 'number-or-text', 'json', 'auto']);
/** How a CSV cell becomes a value. */
export type CellKind = z.infer<typeof CellKindSchema>;

/** A CSV column and the property path it fills (`name`, `address.postalCode`, `$id`), or null to skip it. */
export const ColumnMappingSchema = z.object({
  /** The column's position, from 0. */
  index: z.number().int().min(0).max(10_000),
  header: z.string().max(1000),
  property: z
    .string()
    .min(1)
    .max(300)
    .regex(/^(\$id|[A-Za-z_][A-Za-z0-9_]*(\.(\$type|\$id|[A-Za-z_][A-Za-z0-9_]*))*)$/, 'a property path such as name or address.postalCode')
    .nullable(),
  kind: CellKindSchema,
  /** Whether a cell holding a JSON array is read as several values. */
  multiple: z.boolean().default(true),
});
/** A CSV column's mapping. */
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/** A proposed mapping with how sure the proposal is and a few of the column's values. */
export const ProposedColumnSchema = ColumnMappingSchema.extend({
  confidence: z.enum(['high', 'low', 'none']),
  samples: z.array(z.string()),
});
/** A proposed column mapping. */
export type ProposedColumn = z.infer<typeof ProposedColumnSchema>;

/** A property path a column can be mapped to, for the mapping screen's choices. */
export const MappingTargetSchema = z.object({ path: z.string(), kind: CellKindSchema, multiple: z.boolean(), description: z.string() });
/** A property path a column can be mapped to. */
export type MappingTarget = z.infer<typeof MappingTargetSchema>;

/** A row the import refused: its position (from 1, the CSV header not counted), its `$id` if any, and every failing field. */
export const RejectedRowSchema = z.object({
  row: z.number().int().positive(),
  line: z.number().int().positive().optional(),
  id: z.string().optional(),
  issues: z.array(FieldIssueSchema),
});
/** A refused row and why. */
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

/** Where an import is and what it has done so far. */
export const ImportStatusSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  format: TransferFormatSchema,
  mode: ImportModeSchema,
  type: z.string().nullable(),
  /** Records read so far. */
  read: z.number().int().nonnegative(),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  /** How far through the file, 0 to 1, when its size is known. */
  fraction: z.number().min(0).max(1).nullable(),
  rowsPerSecond: z.number().nonnegative(),
  secondsLeft: z.number().nonnegative().nullable(),
  elapsedMs: z.number().nonnegative(),
  /** Whether the imported rows are in the store (false after a rollback). */
  committed: z.boolean(),
  /** The first rejected rows (the full count is `rejected`). */
  rejectedRows: z.array(RejectedRowSchema),
  error: ErrorDataSchema.optional(),
});
/** An import's progress or outcome. */
export type ImportStatus = z.infer<typeof ImportStatusSchema>;

const uploadId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an upload id');
const importId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an import id');

/** The largest piece of a file one `transfer.uploadChunk` call carries, in characters (escaped JSON stays under 5 MiB). */
export const UPLOAD_CHUNK_CHARS = 512 * 1024;

/** The answer of `transfer.export`: one page of serialized text and the cursor of the next. */
export const ExportChunkSchema = z.object({
  text: z.string(),
  /** Pass back as `cursor` for the next chunk; null after the last one. */
  next: z.string().nullable(),
  /** The CSV columns in use (chosen from the first page when none were given): pass them back with the cursor. */
  columns: z.array(z.string()).nullable(),
  /** Entities in this chunk. */
  count: z.number().int().nonnegative(),
});
/** One chunk of an export. */
export type ExportChunk = z.infer<typeof ExportChunkSchema>;

export const transferChannels = {
  /** Opens an upload: the file to import is sent next in chunks, then named in `transfer.importStart`. */
  'transfer.uploadBegin': channel(
    z.object({ name: z.string().max(500), size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional() }).strict(),
    z.object({ uploadId: z.string() }),
  ),

  /** Appends a piece of the file's text; `offset` (characters received so far) keeps pieces in order. */
  'transfer.uploadChunk': channel(
    z.object({ uploadId, offset: z.number().int().nonnegative(), text: z.string().max(UPLOAD_CHUNK_CHARS) }).strict(),
    z.object({ received: z.number().int().nonnegative() }),
  ),

  /** Throws an upload away without importing it. */
  'transfer.uploadDiscard': channel(z.object({ uploadId }).strict(), z.object({ discarded: z.boolean() })),

  /** The first rows of an uploaded CSV file and a proposed column → property mapping from the type's descriptor. */
  'transfer.csvPreview': channel(
    z.object({ uploadId, type: TypeNameSchema }).strict(),
    z.object({
      headers: z.array(z.string()),
      rows: z.array(z.array(z.string())),
      mapping: z.array(ProposedColumnSchema),
      targets: z.array(MappingTargetSchema),
    }),
  ),

  /** Starts importing an upload in the background; follow it with `transfer.importStatus` or `task.progress` events. */
  'transfer.importStart': channel(
    z
      .object({
        uploadId,
        format: TransferFormatSchema,
        /** The type of the rows; for JSON formats rows may name their own with `$type`. Required for CSV. */
        type: TypeNameSchema.optional(),
        mode: ImportModeSchema.default('all-or-nothing'),
        mapping: z.array(ColumnMappingSchema).max(1000).optional(),
      })
      .strict(),
    ImportStatusSchema,
  ),

  /** An import's progress, or its outcome and report once finished. */
  'transfer.importStatus': channel(z.object({ importId }).strict(), ImportStatusSchema),

  /** Asks a running import to stop; an all-or-nothing import then leaves the store as it was. */
  'transfer.importCancel': channel(z.object({ importId }).strict(), ImportStatusSchema),

  /** One chunk of an export of a query: call again with `next` as `cursor` until it is null, and concatenate the texts. */
  'transfer.export': channel(
    z
      .object({
        type: TypeNameSchema,
        where: WhereSchema.optional(),
        orderBy: OrderBySchema.optional(),
        format: TransferFormatSchema,
        columns: z.array(z.string().min(1).max(300)).max(500).optional(),
        cursor: z.string().max(4096).nullable().optional(),
        limit: z.number().int().min(1).max(5000).default(1000),
      })
      .strict(),
    ExportChunkSchema,
  ),
};
