/** The right to erasure: a person's entity removed for good, with its values redacted from the audit trail. */
import { z } from 'zod';
import { EntityIdSchema, TypeNameSchema } from '../entity';
import { channel } from './define';

export const erasureChannels = {
  /**
   * Erases an entity (from the trash too) and every value of it the audit trail holds, records
   * one `erase` entry with the reason, and leaves no readable trace in the database file.
   * Cannot be undone. NOT_FOUND when the caller cannot see the entity.
   */
  'entities.erase': channel(
    z.object({ type: TypeNameSchema, id: EntityIdSchema, reason: z.string().trim().min(3).max(500) }).strict(),
    z.object({ erased: z.literal(true), auditEntriesRedacted: z.number().int().nonnegative() }),
  ),
};
