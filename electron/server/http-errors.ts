/** How typed error codes map to HTTP statuses in server mode (the body is always the envelope). */
import type { ErrorCode } from '../../shared/errors';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  BAD_QUERY: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNIQUE: 409,
  LOCKED: 423,
  READ_ONLY: 403,
  CORRUPT: 500,
  DISK_FULL: 507,
  IO_ERROR: 503,
  INTERNAL: 500,
};

/** The HTTP status for an error code. */
export function httpStatus(code: ErrorCode): number {
  return STATUS[code];
}
