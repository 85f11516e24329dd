/** Small parsers for option values shared by the data commands; a bad value is a UsageError (exit 2). */
import { isPlainObject } from '../transfer/import-row';
import { UsageError } from './usage-error';

/** A JSON object option such as `--where '{"age":{"$gt":30}}'`; `label` names it in messages (`--where`, `WHERE`). */
export function jsonObjectOption(label: string, text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isPlainObject(value)) throw new UsageError(`${label} must be a JSON object`);
  return value;
}

/** A whole-number option within bounds. */
export function intOption(name: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** A value that must be one of a list. */
export function choiceOption<T extends string>(name: string, text: string | undefined, choices: readonly T[]): T | undefined {
  if (text === undefined) return undefined;
  if (!(choices as readonly string[]).includes(text)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}`);
  return text as T;
}
