/**
 * `masked(handlers)`: the entity handlers with personal data masked before anything leaves
 * the main process. Entities come back masked (with `$masked` listing the paths), summaries
 * mask names that are personal data, errors mask values they quote, and a write that sends a
 * masked value back unchanged keeps the stored value instead of overwriting it with the mask.
 * Revealing goes through `audit.reveal`, which asks for a reason and is audited.
 */
import type { entityChannels } from '../../../shared/channels/entities';
import type { Entity } from '../../../shared/entity';
import { maskValue } from '../../../shared/governance/masking';
import { keepMaskedValues, maskEntity, MASKED_KEY, type PiiField } from '../../../shared/governance/pii-policy';
import type { HandlersFor } from '../../api/handlers';
import type { RequestContext } from '../../api/context';
import type { Governance } from '../governance';
import { nameIsPersonal, scrubError } from './mask-output';

type EntityChannel = keyof typeof entityChannels;
type Summary = { type: string; id: string; name: string; snippet?: string };

function summaries<T extends Summary>(items: T[], piiOf: (type: string) => Record<string, PiiField>): T[] {
  return items.map((s) => {
    const pii = piiOf(s.type);
    if (!nameIsPersonal(pii)) return s;
    const { snippet: _snippet, ...rest } = s;
    return { ...rest, name: String(maskValue('name', s.name)) } as T;
  });
}

/** Wraps the entity handlers so personal data is masked on the way out and masked values are kept on the way in. */
export function masked(handlers: HandlersFor<EntityChannel>, gov: Governance): HandlersFor<EntityChannel> {
  const policy = () => gov.policy().piiPolicy();
  const piiOf = (type: string) => policy()[type] ?? {};
  const mask = <T extends Entity | null>(e: T): T => (e ? maskEntity(e, policy()) : e);
  const current = async (type: string, id: string, ctx: RequestContext): Promise<Record<string, unknown> | null> =>
    gov.store().get(type, id, { context: { actor: ctx.actor, ...(ctx.tenant ? { tenant: ctx.tenant } : {}) } });
  const guard = async <T>(type: string, data: Record<string, unknown> | null | undefined, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw scrubError(error, piiOf(type), data);
    }
  };
  const strip = (data: Record<string, unknown>): Record<string, unknown> => {
    const { [MASKED_KEY]: _masked, ...rest } = data;
    return rest;
  };

  return {
    ...handlers,
    'entities.list': async (input, ctx) => {
      const page = await handlers['entities.list'](input, ctx);
      return { ...page, items: page.items.map(mask) };
    },
    'entities.get': async (input, ctx) => mask(await handlers['entities.get'](input, ctx)),
    'entities.create': async (input, ctx) => guard(input.type, input.data, async () => mask(await handlers['entities.create']({ ...input, data: strip(input.data) }, ctx))),
    'entities.update': async (input, ctx) =>
      guard(input.type, input.data, async () => {
        const stored = await current(input.type, input.id, ctx);
        const data = keepMaskedValues(stored, input.data, policy(), input.type);
        return mask(await handlers['entities.update']({ ...input, data }, ctx));
      }),
    'entities.patch': async (input, ctx) =>
      guard(input.type, input.changes, async () => {
        const stored = await current(input.type, input.id, ctx);
        const changes = keepMaskedValues(stored, input.changes, policy(), input.type);
        return mask(await handlers['entities.patch']({ ...input, changes }, ctx));
      }),
    'entities.restore': async (input, ctx) => mask(await handlers['entities.restore'](input, ctx)),
    'entities.setField': async (input, ctx) => guard(input.type, { [input.path.split('.')[0] ?? input.path]: input.value }, () => handlers['entities.setField'](input, ctx)),
    'entities.search': async (input, ctx) => summaries(await handlers['entities.search'](input, ctx), piiOf),
    'entities.usedBy': async (input, ctx) => summaries(await handlers['entities.usedBy'](input, ctx), piiOf),
  };
}
