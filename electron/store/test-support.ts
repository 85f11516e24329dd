/** Helpers shared by the store's tests: stores on temporary files that are removed after. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder and a function that removes it. */
export function tempDir(prefix = 'studio-store-'): { dir: string; file: (name?: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: (name = 'studio.db') => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
