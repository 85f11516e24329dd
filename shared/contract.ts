/**
 * The contract between the renderer and the main process: every channel, named
 * `domain.verb`, with the zod schema of its input and output. The main process registers
 * its handlers from this table and the renderer's client is typed from it; a channel that
 * is not here does not exist.
 */
import type { z } from 'zod';
import { appChannels } from './channels/app';
import { entityChannels } from './channels/entities';
import { vocabChannels } from './channels/vocab';
import { transferChannels } from './channels/transfer';
import { auditChannels } from './channels/audit';
import { settingsChannels } from './channels/settings';
import { queryChannels } from './channels/query';
import { typeChannels } from './channels/types';
import { erasureChannels } from './channels/erasure';

export const contract = {
  ...appChannels,
  ...entityChannels,
  ...vocabChannels,
  ...transferChannels,
  ...auditChannels,
  ...settingsChannels,
  ...queryChannels,
  ...typeChannels,
  ...erasureChannels,
} as const;

/** The contract's type. */
export type Contract = typeof contract;
/** A channel name such as `entities.list`. */
export type Channel = keyof Contract;
/** What a caller passes to a channel (defaults not yet applied). */
export type Input<K extends Channel> = z.input<Contract[K]['input']>;
/** What a handler receives: the input after its schema parsed it. */
export type ParsedInput<K extends Channel> = z.output<Contract[K]['input']>;
/** What a channel answers. */
export type Output<K extends Channel> = z.output<Contract[K]['output']>;

/** True when `name` is a channel of the contract (own keys only: `__proto__` is not a channel). */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Every channel name. */
export const channels = Object.keys(contract) as Channel[];
