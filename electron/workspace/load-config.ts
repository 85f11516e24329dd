/**
 * Loads a workspace's configuration module: `studio.config.ts` (through tsx's loader, so no
 * build step), `.js`/`.mjs`, or `.json`. Every failure (syntax, a throw while loading, a
 * setting of the wrong shape) is a ConfigError naming the file, the line where it can be
 * found, and what is wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { ConfigError, lineOf, lineOfPath, type ConfigProblem } from './config-error';
import { WorkspaceConfigSchema, type WorkspaceConfig } from './config-schema';

/** The configuration file names a workspace may use, in the order they are looked for. */
export const CONFIG_FILES = ['studio.config.ts', 'studio.config.mts', 'studio.config.js', 'studio.config.mjs', 'studio.config.json'] as const;

/** A loaded configuration and the file it came from (null when the workspace has none). */
export interface LoadedConfig {
  file: string | null;
  config: WorkspaceConfig;
}

/** The configuration file of a workspace folder, if any. */
export function findConfigFile(dir: string): string | null {
  for (const name of CONFIG_FILES) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

function jsonSyntaxProblem(text: string, error: Error): ConfigProblem {
  const position = /position (\d+)/.exec(error.message);
  const lineCol = /line (\d+)/.exec(error.message);
  const line = lineCol ? Number(lineCol[1]) : position ? lineOf(text, Number(position[1])) : undefined;
  return { path: '', message: `JSON syntax error: ${error.message.replace(/^.*?: /, '')}`, ...(line ? { line } : {}) };
}

function moduleProblem(file: string, error: unknown): ConfigProblem {
  const e = error as { message?: string; stack?: string; errors?: Array<{ text?: string; location?: { line?: number } }> };
  const first = e.errors?.[0];
  if (first?.location?.line) return { path: '', line: first.location.line, message: first.text ?? String(e.message) };
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const where = new RegExp(`${escaped}:(\\d+)`).exec(`${e.stack ?? ''}\n${e.message ?? ''}`);
  const message = (e.message ?? String(error)).split('\n')[0] ?? 'failed to load';
  return { path: '', message: `failed to load: ${message}`, ...(where ? { line: Number(where[1]) } : {}) };
}

async function readRaw(file: string, text: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new ConfigError(file, [jsonSyntaxProblem(text, error as Error)]);
    }
  }
  try {
    const mod = (await tsImport(pathToFileURL(file).href, import.meta.url)) as { default?: unknown; config?: unknown };
    const value = mod.default ?? mod.config;
    // tsx may wrap a CommonJS-style default export one level deeper.
    return value && typeof value === 'object' && 'default' in value && Object.keys(value).length === 1 ? (value as { default: unknown }).default : value;
  } catch (error) {
    throw new ConfigError(file, [moduleProblem(file, error)]);
  }
}

/** Loads and checks a workspace's configuration; defaults when the folder has none. */
export async function loadWorkspaceConfig(dir: string): Promise<LoadedConfig> {
  const file = findConfigFile(dir);
  if (!file) return { file: null, config: WorkspaceConfigSchema.parse({}) };
  const text = readFileSync(file, 'utf8');
  const raw = await readRaw(file, text);
  if (raw === undefined) throw new ConfigError(file, [{ path: '', message: 'the module exports no configuration: write `export default { collections: { ... } }`' }]);
  const parsed = WorkspaceConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      file,
      parsed.error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        const line = lineOfPath(text, path);
        return { path: path.join('.'), message: issue.message, ...(line ? { line } : {}) };
      }),
    );
  }
  return { file, config: parsed.data };
}
