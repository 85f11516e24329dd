// Bundles the desktop shell (main process and preload) into dist/electron as CommonJS:
// a sandboxed preload must be one self-contained file, and Electron cannot run TypeScript.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // Native and loader packages stay in node_modules: better-sqlite3 is a native addon, tsx and
  // esbuild load a workspace's studio.config.ts at run time.
  external: ['electron', 'better-sqlite3', 'tsx', 'esbuild'],
  // Modules locate shipped files from import.meta.url; in CommonJS that is this file's own URL,
  // and dist/electron sits two levels below the package root like electron/<folder> does.
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
