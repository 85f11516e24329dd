/** A broken workspace configuration, reported with its file, the line where known, and what is wrong. */
import { StudioError } from '../../shared/errors';

/** One problem in a configuration file. */
export interface ConfigProblem {
  /** The offending setting, such as `collections.Person.retention.duration`. */
  path: string;
  message: string;
  /** 1-based line in the file, where it could be found. */
  line?: number;
}

/** The error a broken configuration raises: VALIDATION, with each problem in `details`. */
export class ConfigError extends StudioError {
  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super('VALIDATION', `${file} is not a valid workspace configuration:\n${problems.map((p) => `  ${p.line ? `line ${p.line}: ` : ''}${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n')}`, {
      details: { file, problems },
    });
    this.name = 'ConfigError';
  }
}

/** The 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

/**
 * The line where a setting's path is written, found by looking for its keys in order in the
 * source text (`collections`, then `Person` after it, then `retention` after that).
 */
export function lineOfPath(text: string, path: ReadonlyArray<string | number>): number | undefined {
  let from = 0;
  let found: number | undefined;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const pattern = new RegExp(`(["']?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1\\s*:`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) break;
    from = match.index + match[0].length;
    found = match.index;
  }
  return found === undefined ? undefined : lineOf(text, found);
}
