/**
 * Entities as they travel: a JSON object with `$type` and `$id`, plus the store's bookkeeping
 * (`$version`, timestamps). References are `$id` strings or `{ $type, $id }` objects.
 */
import { z } from 'zod';

/** A type name: a schema.org or custom type such as `Person` or `Subscription`. */
export const TypeNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a type name starts with a letter and has only letters, digits and _');

/** An entity id as stored in `$id`. */
export const EntityIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\u0000-\u001f]+$/, 'an id has no control characters');

/** A JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A stored entity. Bookkeeping fields start with `$`. */
export interface Entity {
  $type: string;
  $id: string;
  $version?: number;
  $createdAt?: string;
  $updatedAt?: string;
  [property: string]: unknown;
}

/** An entity on the wire: `$type`, `$id` and any JSON properties. */
export const EntitySchema = z
  .object({ $type: z.string(), $id: z.string() })
  .catchall(z.unknown()) as unknown as z.ZodType<Entity>;

/** The properties of an entity to create or change (no `$type`; `$id` optional on create). */
export const EntityDataSchema = z.record(z.string(), z.unknown());

/** A `where` filter in the reference document's syntax; its inner shape is checked by the query compiler. */
export const WhereSchema = z.record(z.string(), z.unknown());

/** Sort order: one field or several, `asc` or `desc`. */
export const OrderBySchema = z.record(z.string(), z.enum(['asc', 'desc']));

/** The words a person knows an entity by: its name, headline or title, else its `$id`. */
export function entityLabel(entity: Record<string, unknown>): string {
  for (const key of ['name', 'headline', 'title', 'orderNumber', 'sku']) {
    const value = entity[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  const given = entity.givenName;
  const family = entity.familyName;
  if (typeof given === 'string' || typeof family === 'string') return [given, family].filter(Boolean).join(' ');
  return String(entity.$id ?? '');
}

/** The `$id` a reference value points at: a `$id` string or a `{ $type?, $id }` object without other properties. */
export function referenceTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const id = (value as Record<string, unknown>).$id;
    if (typeof id === 'string' && keys.every((k) => k === '$id' || k === '$type')) return id;
  }
  return undefined;
}
