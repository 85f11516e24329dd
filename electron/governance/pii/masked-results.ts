/**
 * `maskedResults(handlers)`: a safety net for channels of other domains that answer entities
 * (query results, export previews): every object in an answer that is an entity (`$type` and
 * `$id`) and was not masked yet (no `$masked`) is masked by its type's policy. Entity channels
 * use `masked(handlers)`, which also guards writes; this one only looks at answers.
 */
import type { Channel } from '../../../shared/contract';
import { maskEntity, MASKED_KEY, type PiiPolicy } from '../../../shared/governance/pii-policy';
import type { HandlersFor, Handler } from '../../api/handlers';
import type { Governance } from '../governance';

/** Masks every unmasked entity found in `value`, at any depth. */
export function maskEntitiesIn(value: unknown, policy: PiiPolicy, depth = 0): unknown {
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskEntitiesIn(v, policy, depth + 1));
  const doc = value as Record<string, unknown>;
  if (typeof doc.$type === 'string' && typeof doc.$id === 'string' && !(MASKED_KEY in doc)) return maskEntity(doc, policy);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) out[k] = maskEntitiesIn(v, policy, depth + 1);
  return out;
}

/** Wraps handlers so the entities in their answers leave the main process masked. */
export function maskedResults<K extends Channel>(handlers: HandlersFor<K>, gov: Governance): HandlersFor<K> {
  const out = {} as HandlersFor<K>;
  for (const name of Object.keys(handlers) as K[]) {
    const handler = handlers[name] as Handler<K>;
    out[name] = (async (input, ctx) => maskEntitiesIn(await handler(input, ctx), gov.policy().piiPolicy())) as HandlersFor<K>[K];
  }
  return out;
}
