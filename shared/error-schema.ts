/** The wire shape of errors as zod schemas, for channels whose answers carry errors. */
import { z } from 'zod';
import { ERROR_CODES, type ErrorData, type FieldIssue } from './errors';

/** A failing field: its path and what is wrong. */
export const FieldIssueSchema: z.ZodType<FieldIssue> = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

/** An error as it crosses the boundary. */
export const ErrorDataSchema: z.ZodType<ErrorData> = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
  issues: z.array(FieldIssueSchema).optional(),
});
