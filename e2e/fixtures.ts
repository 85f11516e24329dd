/**
 * The app fixture: each test file gets a fresh temporary data folder and a server on it,
 * removed afterwards. `app.restart()` stops and starts the server on the same database.
 * Each file names its suite (`test.use({ suite: 'editor' })`): Playwright gives every
 * distinct value of a worker option its own worker, so no file sees another's data.
 */
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, type ServerProcess } from './server-process';

/** The running app under test. */
export interface StudioApp {
  dataDir: string;
  dbFile: string;
  server: ServerProcess;
  restart(): Promise<ServerProcess>;
}

export const test = base.extend<object, { app: StudioApp; suite: string }>({
  suite: ['shared', { scope: 'worker', option: true }],
  app: [
    async ({ suite }, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), `studio-e2e-${suite}-`));
      const dbFile = join(dataDir, 'studio.db');
      const app: StudioApp = {
        dataDir,
        dbFile,
        server: await startServerProcess(dbFile),
        async restart() {
          await app.server.stop();
          app.server = await startServerProcess(dbFile);
          return app.server;
        },
      };
      await use(app);
      await app.server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect };
