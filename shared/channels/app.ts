/** Channels about the running application itself. */
import { z } from 'zod';
import { channel } from './define';

/** What the status bar shows: which database is open and how the app runs. */
export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['desktop', 'server']),
  database: z.string(),
  sqliteVersion: z.string(),
});

export const appChannels = {
  /** The app's name, version, run mode and open database. */
  'app.info': channel(z.object({}).strict(), AppInfoSchema),
};
