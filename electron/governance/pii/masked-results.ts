/**
 * `maskedResults(handlers)`: a safety net for channels of other domains that answer entities
 * (query results, export previews): every object in an answer that is an entity (`$type` and
 * `$id`) and was not masked yet (no `$masked`) is masked by its type's policy. Aggregation rows
 * are masked by where their fields come from (a group named by an e-mail is masked as one).
 * Entity channels use `masked(handlers)`, which also guards writes; this one only looks at answers.
 */
import type { Channel } from '../../../shared/contract';
import { maskEntity, MASKED_KEY, type PiiPolicy } from '../../../shared/governance/pii-policy';
import type { DescriptorLookup } from '../../../shared/vocab/descriptor';
import type { HandlersFor, Handler } from '../../api/handlers';
import type { Governance } from '../governance';
import { maskAggregateRows } from './mask-aggregate';

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

type AggregateAnswer = { rows: Array<Record<string, unknown>> };

/**
 * Wraps handlers so the entities in their answers leave the main process masked. `lookup` (the
 * vocabulary) lets aggregation masking follow references into embedded types (`customer.email`).
 */
export function maskedResults<K extends Channel>(handlers: HandlersFor<K>, gov: Governance, lookup?: DescriptorLookup): HandlersFor<K> {
  const out = {} as HandlersFor<K>;
  for (const name of Object.keys(handlers) as K[]) {
    const handler = handlers[name] as Handler<K>;
    out[name] = (async (input, ctx) => {
      const policy = gov.policy().piiPolicy();
      let answer: unknown = await handler(input, ctx);
      if (name === 'query.aggregate') {
        const { type, pipeline } = input as { type: string; pipeline: unknown };
        answer = { ...(answer as AggregateAnswer), rows: maskAggregateRows(type, pipeline, (answer as AggregateAnswer).rows, policy, lookup) };
      }
      return maskEntitiesIn(answer, policy);
    }) as HandlersFor<K>[K];
  }
  return out;
}
