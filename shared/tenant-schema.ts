/** The main process's checks of the tenant a call names (see `tenant.ts`). */
import { z } from 'zod';
import { EntityIdSchema } from './entity';
import type { CallOptions } from './tenant';

/** A tenant id: the `$id` of a Tenant entity (a bounded string without control characters). */
export const TenantIdSchema = EntityIdSchema;

/** What the desktop preload passes with a call besides the channel and its input. */
export const CallOptionsSchema: z.ZodType<CallOptions> = z.object({ tenant: TenantIdSchema.optional() }).strict();
