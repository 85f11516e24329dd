/**
 * A workspace's migrations: modules in `migrations/` named `NNN-what-it-does.ts` (or `.js`,
 * `.mjs`, `.mts`), each exporting `up(db)` and `down(db)`, applied in number order.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { StudioError } from '../../../shared/errors';
import type { MigrationDb } from './migration-db';

/** A migration module's exports. */
export interface MigrationModule {
  up(db: MigrationDb): Promise<void> | void;
  down(db: MigrationDb): Promise<void> | void;
  description?: string;
}

/** A migration file found in the folder. */
export interface MigrationFile {
  /** `001-split-names`: the file name without its extension. */
  id: string;
  number: number;
  file: string;
}

const NAME = /^(\d+)[-_][\w.-]+\.(ts|mts|js|mjs)$/;

/** The migration files of a folder in number order; two files with one number are an error. */
export function findMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((name) => NAME.test(name) && !name.endsWith('.d.ts') && !/\.test\.[mc]?[jt]s$/.test(name))
    .map((name) => ({ id: name.replace(/\.(ts|mts|js|mjs)$/, ''), number: Number(NAME.exec(name)![1]), file: join(dir, name) }))
    .sort((a, b) => a.number - b.number);
  for (let i = 1; i < files.length; i++) {
    if (files[i]!.number === files[i - 1]!.number) throw new StudioError('VALIDATION', `Two migrations share the number ${files[i]!.number}: ${files[i - 1]!.id} and ${files[i]!.id}`);
  }
  return files;
}

/** Loads a migration module; a module without `up` and `down` functions is a VALIDATION error naming the file. */
export async function loadMigration(m: MigrationFile): Promise<MigrationModule> {
  let mod: Partial<MigrationModule> & { default?: Partial<MigrationModule> };
  try {
    mod = (await tsImport(pathToFileURL(m.file).href, import.meta.url)) as typeof mod;
  } catch (error) {
    throw new StudioError('VALIDATION', `Migration ${m.file} failed to load: ${(error as Error).message.split('\n')[0]}`);
  }
  const exports = typeof mod.up === 'function' ? mod : (mod.default ?? {});
  if (typeof exports.up !== 'function' || typeof exports.down !== 'function') {
    throw new StudioError('VALIDATION', `Migration ${m.file} must export functions up(db) and down(db)`);
  }
  return exports as MigrationModule;
}
