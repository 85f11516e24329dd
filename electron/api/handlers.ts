/** The shape every handler table must have: one async function per channel of the contract. */
import type { Channel, Output, ParsedInput } from '../../shared/contract';
import type { RequestContext } from './context';

/** A handler for one channel: its parsed input in, its output out. */
export type Handler<K extends Channel> = (input: ParsedInput<K>, ctx: RequestContext) => Promise<Output<K>>;

/** Handlers for a subset of channels (one domain's file provides one such table). */
export type HandlersFor<K extends Channel> = { [P in K]: Handler<P> };

/** The full table: a missing or mistyped handler fails to compile. */
export type Handlers = HandlersFor<Channel>;
