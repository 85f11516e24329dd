// Finds the Electron binary that the electron package installed, if any. Its install step
// downloads the binary from outside the npm registry, which fails on some networks; the
// package (and its types) still installs, and callers fall back to server mode.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

/** The Electron binary's path and version, or null when no binary is installed. */
export function findElectron() {
  try {
    const binary = require('electron');
    if (typeof binary !== 'string' || !existsSync(binary)) return null;
    const { version } = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8'));
    return { binary, version };
  } catch {
    return null;
  }
}
