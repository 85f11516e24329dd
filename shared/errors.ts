/**
 * Typed errors that cross the process boundary as data.
 * Electron's `invoke` forwards only a thrown error's message, so errors travel as
 * `{ code, message, details }` and the client rebuilds a `StudioError` from them.
 */
// Types only: the renderer's first screen loads this module and must not pay for zod.
import type { z } from 'zod';

/** Every error code a user can meet. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNIQUE',
  'FORBIDDEN',
  'BAD_QUERY',
  'UNAUTHORIZED',
  'LOCKED',
  /** The database file is damaged or is not a database. */
  'CORRUPT',
  /** The database file (or its folder) cannot be written. */
  'READ_ONLY',
  /** The disk holding the database is full. */
  'DISK_FULL',
  /** The database file cannot be opened, or the disk reported an error. */
  'IO_ERROR',
  'INTERNAL',
] as const;

/** One of the error codes in `ERROR_CODES`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failing field of a `VALIDATION` error: its path (`['worksFor', 'address', 'postalCode']`) and what is wrong. */
export interface FieldIssue {
  path: Array<string | number>;
  message: string;
}

/** An error as it crosses the boundary (its schema is in `error-schema.ts`). */
export interface ErrorData {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
  issues?: FieldIssue[];
}

/** The one error class of the application: a code, an actionable message, optional details. */
export class StudioError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, message: string, extra: { details?: Record<string, unknown>; issues?: FieldIssue[] } = {}) {
    super(message);
    this.name = 'StudioError';
    this.code = code;
    if (extra.details) this.details = extra.details;
    if (extra.issues) this.issues = extra.issues;
  }

  /** The wire form of this error. */
  toData(): ErrorData {
    const data: ErrorData = { code: this.code, message: this.message };
    if (this.details) data.details = this.details;
    if (this.issues) data.issues = this.issues;
    return data;
  }

  /** Rebuilds an error received from the other side. */
  static fromData(data: ErrorData): StudioError {
    return new StudioError(data.code, data.message, { details: data.details, issues: data.issues });
  }
}

/** A `VALIDATION` error naming each failing field. */
export function validationError(issues: FieldIssue[], prefix = 'Invalid input'): StudioError {
  const where = issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
  return new StudioError('VALIDATION', `${prefix}: ${where}`, { issues });
}

/** A `NOT_FOUND` error for an entity or another named thing. */
export function notFound(what: string, id: string): StudioError {
  return new StudioError('NOT_FOUND', `${what} "${id}" was not found`, { details: { id } });
}

/** A `BAD_QUERY` error naming the offending path of the query. */
export function badQuery(path: string, message: string): StudioError {
  return new StudioError('BAD_QUERY', path ? `${path}: ${message}` : message, { details: { path } });
}

/** Turns a zod error into a `VALIDATION` error with field paths. */
export function fromZodError(error: z.ZodError, prefix?: string): StudioError {
  const issues = error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
  return validationError(issues, prefix);
}

/** Any thrown value as wire data; unknown failures become `INTERNAL` without leaking internals. */
export function toErrorData(error: unknown): ErrorData {
  if (error instanceof StudioError) return error.toData();
  if (isZodError(error)) return fromZodError(error).toData();
  return { code: 'INTERNAL', message: 'An internal error occurred; the operation was not applied.' };
}

/** A zod validation failure, recognised without loading zod. */
function isZodError(error: unknown): error is z.ZodError {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues);
}

/** `a.b[0].c` for display. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The envelope every channel answers with. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };
