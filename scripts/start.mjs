// `npm start`: builds the app, then opens the desktop window; where no Electron binary is
// installed it says so in one line and starts server mode instead.
import { spawn, execSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-binary.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extra = process.argv.slice(2);

execSync('npm run build --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const electron = findElectron();
const child = electron && ensureElectronNative()
  ? spawn(electron.binary, [root, ...extra], { cwd: root, stdio: 'inherit' })
  : startServerMode(electron);

function startServerMode(found) {
  console.error(
    found
      ? 'Electron is installed but better-sqlite3 could not be built for it: starting server mode instead.'
      : 'Electron binary not found (its download is unavailable here): starting server mode instead.',
  );
  return spawn(process.execPath, [resolve(root, 'bin/semantic-studio.mjs'), 'serve', '--demo', ...extra], { cwd: root, stdio: 'inherit' });
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
