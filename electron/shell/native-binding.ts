/**
 * better-sqlite3 is a native addon built for one ABI. npm builds it for Node (tests, CLI,
 * server mode); the desktop app needs Electron's ABI. `scripts/electron-native.mjs` puts an
 * Electron build in `.electron-native/<electron version>/`, and the main process loads it
 * through better-sqlite3's `nativeBinding` option, so both builds live side by side.
 */
import { join } from 'node:path';

/** Where the Electron-ABI build of better-sqlite3 lives for an Electron version. */
export function electronNativeBindingPath(packageRoot: string, electronVersion: string): string {
  return join(packageRoot, '.electron-native', electronVersion, 'better_sqlite3.node');
}
