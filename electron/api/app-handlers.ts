/** Handlers of the `app.*` channels. */
import type { appChannels } from '../../shared/channels/app';
import type { HandlersFor } from './handlers';

/** What `app.info` reports. */
export interface AppFacts {
  name: string;
  version: string;
  mode: 'desktop' | 'server';
  database: string;
  sqliteVersion: string;
}

/** The `app.*` handlers over fixed facts about this run. */
export function appHandlers(facts: AppFacts): HandlersFor<keyof typeof appChannels> {
  return {
    'app.info': async () => facts,
  };
}
