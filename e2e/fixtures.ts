/**
 * The app fixture: each test file gets a fresh temporary data folder and a server on it,
 * removed afterwards. `app.restart()` stops and starts the server on the same database.
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

export const test = base.extend<object, { app: StudioApp }>({
  app: [
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'studio-e2e-'));
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
