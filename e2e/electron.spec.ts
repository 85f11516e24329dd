/**
 * The desktop app in a real Electron window. Runs where an Electron binary is installed;
 * elsewhere it skips and says why (server mode covers the same UI in Chromium).
 */
import { _electron as electron } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the start script, no type declarations
import { findElectron } from '../scripts/electron-binary.mjs';

const found = findElectron() as { binary: string; version: string } | null;

test('the desktop window opens the studio with the preload bridge only', async () => {
  const reason = 'No Electron binary is installed (its download is unavailable here): desktop test skipped; server mode is tested in Chromium.';
  if (!found) console.log(reason);
  test.skip(!found, reason);
  const dataDir = mkdtempSync(join(tmpdir(), 'studio-electron-'));
  const root = resolve(import.meta.dirname, '..');
  const app = await electron.launch({ executablePath: found!.binary, args: [root], env: { ...process.env, STUDIO_DB: join(dataDir, 'studio.db') } });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('contentinfo', { name: 'Status' })).toContainText('Desktop');
    const surface = await window.evaluate(() => ({
      studio: Object.keys((window as unknown as { studio: object }).studio).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(surface).toEqual({ studio: ['invoke', 'on'], require: 'undefined', process: 'undefined' });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
