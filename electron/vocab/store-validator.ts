/**
 * The validation hook the store calls before every write (`openStore({ validate })`): checks
 * the entity against its type's descriptor and throws `VALIDATION` with field paths, so a bad
 * write never reaches the database.
 */
import { validationError, type FieldIssue } from '../../shared/errors';
import type { UnknownPolicy } from '../../shared/vocab/descriptor-to-zod';
import type { Vocabulary } from './vocabulary';

/** How the hook treats a collection's unknown properties, and where `warn` mode's warnings go. */
export interface StoreValidatorOptions {
  /** The policy of a type's collection (default `strict`). */
  policy?: (type: string) => UnknownPolicy;
  /** Receives the unknown properties kept in `warn` mode. */
  onWarnings?: (type: string, warnings: FieldIssue[]) => void;
}

/** The store's `validate(type, entity, ctx)` hook, backed by a Vocabulary. */
export function createStoreValidator(
  vocab: Vocabulary,
  options: StoreValidatorOptions = {},
): (type: string, entity: unknown, ctx?: { action?: string }) => void {
  return (type, entity, ctx) => {
    // A delete always goes through, even for data today's rules would refuse; a soft delete's
    // `deleted`/`deletedAt`/`deletedBy` markers are the store's bookkeeping, not properties.
    if (ctx?.action === 'delete') return;
    if (!vocab.hasType(type)) throw validationError([{ path: ['$type'], message: `Unknown type ${type}` }], 'Invalid entity');
    const result = vocab.check(type, entity, options.policy?.(type) ?? 'strict');
    if (!result.ok) throw validationError(result.issues, `Invalid ${type}`);
    if (result.warnings.length) options.onWarnings?.(type, result.warnings);
  };
}
