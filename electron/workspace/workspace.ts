/**
 * A workspace is a folder: `studio.db`, a configuration module and a `migrations/` folder.
 * Opening one never fails because of its configuration: a broken configuration is reported
 * and the data opens read-only, so the user can still look at it while fixing the file.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StudioError } from '../../shared/errors';
import { ConfigError } from './config-error';
import { WorkspaceConfigSchema, type WorkspaceConfig } from './config-schema';
import { loadWorkspaceConfig } from './load-config';

/** The database file name inside a workspace. */
export const WORKSPACE_DB = 'studio.db';
/** The folder of a workspace's migrations. */
export const MIGRATIONS_DIR = 'migrations';
/** The key file server mode and the CLI use when no key variable is set. */
export const WORKSPACE_KEY_FILE = 'studio.key';

/** An opened workspace folder. */
export interface Workspace {
  dir: string;
  dbFile: string;
  migrationsDir: string;
  keyFile: string;
  /** The configuration file, or null when the folder has none. */
  configFile: string | null;
  /** The configuration in force (the defaults when it is broken). */
  config: WorkspaceConfig;
  /** Why the configuration could not be used; the data is then read-only. */
  configError: ConfigError | null;
  readOnly: boolean;
  /** True for a bare database file (`--db FILE`): no configuration, no migrations folder. */
  bare: boolean;
}

/** Opens (creating when missing) a workspace folder and loads its configuration. */
export async function openWorkspace(dir: string): Promise<Workspace> {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new StudioError('VALIDATION', `${root} is a file, not a workspace folder`);
  mkdirSync(root, { recursive: true });
  const base = { dir: root, dbFile: join(root, WORKSPACE_DB), migrationsDir: join(root, MIGRATIONS_DIR), keyFile: join(root, WORKSPACE_KEY_FILE) };
  try {
    const loaded = await loadWorkspaceConfig(root);
    return { ...base, configFile: loaded.file, config: loaded.config, configError: null, readOnly: false, bare: false };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { ...base, configFile: error.file, config: WorkspaceConfigSchema.parse({}), configError: error, readOnly: true, bare: false };
  }
}

/** A bare database file (`--db FILE`) as a workspace without configuration or migrations. */
export function bareDatabase(file: string): Workspace {
  const dbFile = resolve(file);
  const dir = resolve(dbFile, '..');
  return {
    dir,
    dbFile,
    migrationsDir: join(dir, MIGRATIONS_DIR),
    keyFile: `${dbFile}.key`,
    configFile: null,
    config: WorkspaceConfigSchema.parse({}),
    configError: null,
    readOnly: false,
    bare: true,
  };
}
