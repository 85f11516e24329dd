/** The desktop app's list of recently opened workspaces (File > Open Recent), kept in a JSON file. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** How many workspaces the list keeps. */
export const MAX_RECENT = 10;

/** The recent workspace folders, most recent first; a missing or damaged file reads as empty. */
export function readRecentWorkspaces(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** Puts `dir` first in the list and saves it (written to a temporary file and renamed, so a crash never leaves half a file). */
export function rememberWorkspace(file: string, dir: string): string[] {
  const folder = resolve(dir);
  const list = [folder, ...readRecentWorkspaces(file).filter((d) => d !== folder)].slice(0, MAX_RECENT);
  writeFileSync(`${file}.tmp`, JSON.stringify(list, null, 2));
  renameSync(`${file}.tmp`, file);
  return list;
}
