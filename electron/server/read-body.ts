/** Reads a JSON request body with a size limit. */
import type { IncomingMessage } from 'node:http';
import { StudioError } from '../../shared/errors';

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Parses the body as JSON; an empty body is `{}`. Too large or malformed bodies are VALIDATION errors. */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StudioError('VALIDATION', 'The request body is not valid JSON', { issues: [{ path: [], message: 'invalid JSON' }] });
  }
}

function tooLarge(limit: number): StudioError {
  return new StudioError('VALIDATION', `The request body is larger than ${limit} bytes`, {
    issues: [{ path: [], message: 'request body too large' }],
  });
}
