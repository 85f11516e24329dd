/**
 * What the hard-condition tests share: temporary folders, the command line as a child
 * process (optionally as an unprivileged user), tmpfs mounts, and file hashes. Each test says
 * what it did on stdout, and says why when a part needs root and cannot run.
 */
import { execFileSync, spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'semantic-studio.mjs');
const RUN_TS = join(ROOT, 'bin', 'run-ts.mjs');

/** Prints a line of what a test did (vitest shows it beside the test). */
export function say(message: string): void {
  console.log(`[hard-conditions] ${message}`);
}

/** A fresh temporary folder any user may enter (an unprivileged child must reach its files). */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `studio-hc-${label}-`));
  chmodSync(dir, 0o777);
  return dir;
}

/** SHA-256 of a file's bytes. */
export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** What a child process printed and how it ended. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The argv prefix that runs a child as `nobody` when we are root, [] when we already are unprivileged, null when neither works. */
export function unprivileged(): string[] | null {
  if (process.getuid?.() !== 0) return [];
  if (!existsSync('/usr/bin/setpriv')) return null;
  const probe = spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', 'process.exit(0)']);
  return probe.status === 0 ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : null;
}

/** Runs `semantic-studio <args>`; `as` prefixes the command (see `unprivileged`). */
export function cli(args: string[], options: { as?: string[] } = {}): Ran {
  const [command, ...prefix] = [...(options.as ?? []), process.execPath];
  const r = spawnSync(command!, [...prefix, BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `cli` without blocking, so two commands (or a command and the test) run at once. */
export function cliAsync(args: string[], options: { as?: string[] } = {}): Promise<Ran> {
  return run([BIN, ...args], options.as);
}

/** Runs a TypeScript file of this folder as a child; `as` as for `cli`. */
export function runTsAsync(file: string, args: string[], options: { as?: string[] } = {}): Promise<Ran> {
  return run([RUN_TS, join(import.meta.dirname, file), ...args], options.as);
}

function run(args: string[], as: string[] = []): Promise<Ran> {
  const [command, ...prefix] = [...as, process.execPath];
  return new Promise((done, fail) => {
    const child = spawn(command!, [...prefix, ...args], { cwd: ROOT });
    // A command that should have failed but runs on (a server that started) is stopped.
    const limit = setTimeout(() => child.kill('SIGKILL'), 30_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(limit);
      done({ code, stdout, stderr });
    });
  });
}

/**
 * Starts a TypeScript file of this folder as a long-running child and resolves once it printed
 * the line `ready`; `onLine` sees every line it prints, from the first.
 */
export function startTs(file: string, args: string[], ready: string, onLine: (line: string) => void = () => undefined): Promise<ChildProcessWithoutNullStreams> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [RUN_TS, join(import.meta.dirname, file), ...args], { cwd: ROOT });
    let partial = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        onLine(line);
        if (line === ready) done(child);
      }
    });
    child.on('exit', (code) => fail(new Error(`${file} ended with ${code} before "${ready}":\n${stderr}`)));
  });
}

/** Resolves when a child prints `line`; rejects if it ends first. */
export function printed(child: ChildProcessWithoutNullStreams, line: string): Promise<void> {
  return new Promise((done, fail) => {
    if (child.exitCode !== null) return fail(new Error(`the child had ended (${child.exitCode}) before "${line}"`));
    let stdout = '';
    const listen = (chunk: Buffer): void => {
      stdout += chunk.toString();
      if (!stdout.split('\n').includes(line)) return;
      child.stdout.off('data', listen);
      done();
    };
    child.stdout.on('data', listen);
    child.once('exit', (code) => fail(new Error(`the child ended (${code}) before "${line}"`)));
  });
}

/** The one line a CLI failure prints: no stack trace, no second line. */
export function oneLine(text: string): string {
  const lines = text.trim().split('\n');
  if (lines.length !== 1 || /^\s+at /m.test(text)) throw new Error(`expected one line, got:\n${text}`);
  return lines[0]!;
}

/** The line an import that failed as a whole ends with on stderr (after its progress line); never a stack trace. */
export function importFailure(stderr: string): string {
  if (/^\s+at /m.test(stderr)) throw new Error(`a stack trace on stderr:\n${stderr}`);
  return stderr.trim().split('\n').at(-1) ?? '';
}

/** Mounts a tmpfs at `dir`; false (with the reason printed) when this process may not mount. */
export function mountTmpfs(dir: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch (error) {
    say(`SKIPPED: cannot mount a tmpfs at ${dir} (${String((error as { stderr?: Buffer }).stderr ?? error).trim() || 'mount failed'}); this part needs root`);
    return false;
  }
}

/** Remounts a tmpfs read-only. */
export function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
}

/** Unmounts `dir` if it is mounted (used in afterAll, so it never throws). */
export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    // Not mounted (the mount was skipped or already undone).
  }
}
