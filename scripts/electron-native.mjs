// Puts a better-sqlite3 build for Electron's ABI in .electron-native/<electron version>/,
// beside the Node build npm made in node_modules, so tests, the CLI and server mode (Node)
// and the desktop app (Electron) each load their own. Runs after every install and before
// `npm start`; does nothing when no Electron binary is installed or the build exists.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-binary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export function ensureElectronNative() {
  const electron = findElectron();
  if (!electron) {
    console.log('[electron-native] no Electron binary installed: skipping the Electron build of better-sqlite3 (server mode needs none)');
    return null;
  }
  const target = join(root, '.electron-native', electron.version, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'studio-native-'));
  try {
    // Build in a copy, so the Node build in node_modules is never replaced.
    for (const part of ['package.json', 'binding.gyp', 'src', 'deps']) cpSync(join(source, part), join(work, part), { recursive: true });
    const arch = process.arch;
    try {
      execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electron.version, '--arch', arch], { cwd: work, stdio: 'inherit' });
    } catch {
      // npm's own node-gyp; a machine-wide `nodedir` would silently build against Node's headers.
      const gyp = process.env.npm_config_node_gyp ?? join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
      const env = { ...process.env };
      delete env.npm_config_nodedir;
      execFileSync(process.execPath, [gyp, 'rebuild', '--release', `--target=${electron.version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, stdio: 'inherit', env });
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
    console.log(`[electron-native] built better-sqlite3 for Electron ${electron.version}: ${target}`);
    return target;
  } catch (error) {
    console.warn(`[electron-native] could not build better-sqlite3 for Electron ${electron.version}: ${error.message}`);
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureElectronNative();
