/** The handler of `entities.erase`: over governance, since it reaches the audit trail as well as the entity. */
import type { erasureChannels } from '../../../shared/channels/erasure';
import type { HandlersFor } from '../../api/handlers';
import type { Governance } from '../governance';
import { eraseEntity } from './erase-entity';

/** The erasure channel's handlers. */
export function erasureHandlers(gov: Governance): HandlersFor<keyof typeof erasureChannels> {
  return { 'entities.erase': async (input, ctx) => eraseEntity(gov, input, ctx) };
}
