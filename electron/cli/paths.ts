/** Where the project's files are when running from the source tree or an installed package. */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The package root (two levels above electron/cli). */
export const PACKAGE_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The built renderer served in server mode. */
export const RENDERER_DIST = resolve(PACKAGE_ROOT, 'dist', 'renderer');
