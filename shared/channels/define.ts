/** The building block of the contract: one channel's input and output schemas. */
import type { z } from 'zod';

/** A channel: the zod schema its input must pass and the schema of what it answers. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

/** Declares a channel; the doc comment on the table entry says what it does. */
export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelSpec<I, O> {
  return { input, output };
}

/** A domain's table of channels, named `domain.verb`. */
export type ChannelTable = Record<string, ChannelSpec>;
