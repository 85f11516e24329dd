// Bundles the desktop shell (main process and preload) into dist/electron as CommonJS:
// a sandboxed preload must be one self-contained file, and Electron cannot run TypeScript.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
