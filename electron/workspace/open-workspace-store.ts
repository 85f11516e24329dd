/**
 * Opens what the CLI and server mode are pointed at (`--workspace DIR`, or a bare `--db FILE`)
 * as a governed store: the workspace's configuration, the key from `STUDIO_ENCRYPTION_KEY` or
 * the key file, and the store with governance around it. A broken configuration opens the
 * data read-only and says why on stderr.
 */
import { loadServerKey, type LoadedKey } from '../governance/crypto/key-source';
import type { GovernanceOptions } from '../governance/governance';
import { openGovernedStore, type GovernedStore } from '../governance/open-governed-store';
import type { StoreOptions } from '../store/types';
import { bareDatabase, openWorkspace, type Workspace } from './workspace';

/** Where to open: a workspace folder or a database file, and optionally a key file. */
export interface WorkspaceTarget {
  workspace?: string;
  db?: string;
  keyFile?: string;
}

/** An opened workspace and its governed store. */
export interface OpenedWorkspace {
  workspace: Workspace;
  governed: GovernedStore;
}

/** The workspace a target names (`--workspace` wins over `--db`; `./studio.db` when neither is given). */
export async function resolveWorkspace(target: WorkspaceTarget): Promise<Workspace> {
  if (target.workspace) return openWorkspace(target.workspace);
  return bareDatabase(target.db ?? 'studio.db');
}

/** What the composition root (`openServices`) needs for a workspace: its file, governance and migrations folder. */
export function serviceOptionsFor(workspace: Workspace, key: LoadedKey): { dbFile: string; governance: GovernanceOptions; migrationsDir: string | null } {
  return {
    dbFile: workspace.dbFile,
    governance: { config: workspace.config, configError: workspace.configError, configFile: workspace.configFile, master: key.master, keyInfo: key.info },
    // A bare database file has no workspace folder of its own, hence no migrations.
    migrationsDir: workspace.bare ? null : workspace.migrationsDir,
  };
}

/** Opens the target's workspace and its governed store. */
export async function openWorkspaceStore(target: WorkspaceTarget, options: Pick<StoreOptions, 'validate' | 'nativeBinding'> = {}): Promise<OpenedWorkspace> {
  const workspace = await resolveWorkspace(target);
  if (workspace.configError) console.error(`${workspace.configError.message}\nThe data is open read-only until the configuration is fixed.`);
  const key = loadServerKey({ keyFile: target.keyFile ?? workspace.keyFile });
  const governed = await openGovernedStore({ file: workspace.dbFile, ...options, governance: serviceOptionsFor(workspace, key).governance });
  return { workspace, governed };
}
