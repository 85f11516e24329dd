/**
 * The one entry point both transports call: looks the channel up in the contract, parses
 * the input with its schema, runs the handler, and answers an envelope. Nothing a caller
 * sends can throw out of here.
 */
import { contract, isChannel } from '../../shared/contract';
import { StudioError, fromZodError, toErrorData, type Result } from '../../shared/errors';
import { storageError } from '../store/storage-errors';
import type { RequestContext } from './context';
import type { Handlers } from './handlers';

/** Calls a channel by name with untrusted input. */
export type Dispatch = (channel: string, input: unknown, ctx: RequestContext) => Promise<Result<unknown>>;

/** Reports failures that are not the caller's fault (bugs, disk errors) without their inputs. */
export type ErrorLogger = (channel: string, error: unknown) => void;

const defaultLogger: ErrorLogger = (channel, error) => {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[api] ${channel} failed: ${message}`);
};

/** Builds the dispatcher over a complete handler table. */
export function createDispatch(handlers: Handlers, logError: ErrorLogger = defaultLogger): Dispatch {
  return async (channel, input, ctx) => {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      const name = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
      return fail(new StudioError('NOT_FOUND', `Unknown channel "${name}"`, { details: { channel: name } }));
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) return fail(fromZodError(parsed.error, `Invalid input for ${channel}`));
    try {
      const handler = handlers[channel] as (input: unknown, ctx: RequestContext) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (error) {
      if (!(error instanceof StudioError)) logError(channel, error);
      // A SQLite failure the store did not already name (a full disk, a lock) still arrives typed.
      return { ok: false, error: toErrorData(storageError(error)) };
    }
  };
}

function fail(error: StudioError): Result<never> {
  return { ok: false, error: error.toData() };
}
