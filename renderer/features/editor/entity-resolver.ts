/**
 * The form's resolver: the same zod schema the main process checks writes with, built from
 * the type descriptor (`descriptor-to-zod`), run on the pruned form values. Properties the
 * type does not know are kept (`warn`), so data written by other tools stays editable.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import type { FieldIssue } from '../../../shared/errors';
import type { DescriptorLookup } from '../../../shared/vocab/descriptor';
import { EntityValidator, type EntityValidation } from '../../../shared/vocab/descriptor-to-zod';
import { pruneEmpty, type FormValues } from './form-values';
import { withoutUntouchedMasks } from './patch-changes';

/**
 * A resolver validating form values as an entity of `type`. Masked personal data still as it
 * was loaded (`loaded()`) is left out: it is stored and valid, only hidden from this window.
 */
export function entityResolver(lookup: DescriptorLookup, type: string, loaded: () => unknown = () => undefined): Resolver<FormValues> {
  const validator = new EntityValidator(lookup);
  const schema = z.preprocess((v) => pruneEmpty(withoutUntouchedMasks(v, loaded())), validator.schema(type, 'warn')) as unknown as z.ZodType<FormValues, FormValues>;
  return zodResolver(schema);
}

/** Validates a whole value as an entity of `type` (the JSON view and bulk edits use it). */
export function validateEntity(lookup: DescriptorLookup, type: string, value: unknown): EntityValidation {
  return new EntityValidator(lookup).validate(type, pruneEmpty(value), 'warn');
}

/** A field issue as a form field name (`worksFor.address.postalCode`, `knows.1`). */
export function issueField(issue: FieldIssue): string {
  return issue.path.map(String).join('.');
}
