/**
 * Starts `semantic-studio serve` as a child in its own process group on a given database,
 * waits for its one "Semantic Studio at <url>" line, and kills the whole group on stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'semantic-studio.mjs');
const READY = /Semantic Studio at (http:\/\/\S+)\?token=(\S+)/;

/** A running server: its base URL, token, and how to stop it. */
export interface ServerProcess {
  url: string;
  token: string;
  /** The URL a browser opens: the base URL with the token. */
  entryUrl: string;
  stop(): Promise<void>;
}

/** Starts a server on `dbFile` with a free port. */
export async function startServerProcess(dbFile: string, extraArgs: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', dbFile, '--port', '0', ...extraArgs], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const { url, token } = await new Promise<{ url: string; token: string }>((resolvePromise, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s\n${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = READY.exec(stdout);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolvePromise({ url: match[1], token: match[2] });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}\n${stderr}`));
    });
  });
  return { url, token, entryUrl: `${url}?token=${token}`, stop: () => stopGroup(child) };
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
