/**
 * Runs a schema evolution (rename a field, split a name, set a default, change a type) over
 * every live entity of a type, or previews it: how many entities change, with a few before
 * and after. One failing value aborts the whole run with the ids that failed.
 */
import { StudioError } from '../../../shared/errors';
import type { Entity } from '../../../shared/entity';
import { evolve, type Evolution } from '../../../shared/governance/evolution';
import type { StoreOps } from '../../store/types';

/** How many entities an evolution changes, and a sample. */
export interface EvolutionPreview {
  count: number;
  total: number;
  sample: Array<{ id: string; before: Record<string, unknown>; after: Record<string, unknown> }>;
  failures: Array<{ id: string; message: string }>;
}

const BOOKKEEPING = new Set(['$type', '$id', '$version', '$createdAt', '$updatedAt']);
const PAGE = 500;

function props(entity: Entity): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entity).filter(([k]) => !BOOKKEEPING.has(k)));
}

async function* everyEntity(ops: StoreOps, type: string): AsyncGenerator<Entity> {
  let cursor: string | null = null;
  do {
    const page = await ops.page(type, { limit: PAGE, cursor, orderBy: { $id: 'asc' } });
    yield* page.items;
    cursor = page.next;
  } while (cursor);
}

/** What the evolution would do (nothing is written). */
export async function previewEvolution(ops: StoreOps, type: string, evolution: Evolution, sampleSize = 5): Promise<EvolutionPreview> {
  const out: EvolutionPreview = { count: 0, total: 0, sample: [], failures: [] };
  for await (const entity of everyEntity(ops, type)) {
    out.total += 1;
    try {
      const next = evolve(evolution, props(entity));
      if (!next) continue;
      out.count += 1;
      if (out.sample.length < sampleSize) out.sample.push({ id: entity.$id, before: props(entity), after: next });
    } catch (error) {
      if (out.failures.length < 20) out.failures.push({ id: entity.$id, message: (error as Error).message });
    }
  }
  return out;
}

/** Applies the evolution to every live entity of the type; call it inside a transaction. Returns how many changed. */
export async function applyEvolution(ops: StoreOps, type: string, evolution: Evolution): Promise<number> {
  const preview = await previewEvolution(ops, type, evolution, 0);
  if (preview.failures.length > 0) {
    throw new StudioError('VALIDATION', `${evolution.op} cannot convert ${preview.failures.length === 20 ? 'at least 20' : preview.failures.length} ${type} entities: ${preview.failures.slice(0, 3).map((f) => `${f.id} (${f.message})`).join(', ')}`, {
      details: { failures: preview.failures },
    });
  }
  let changed = 0;
  const pending: Array<{ id: string; next: Record<string, unknown> }> = [];
  for await (const entity of everyEntity(ops, type)) {
    const next = evolve(evolution, props(entity));
    if (next) pending.push({ id: entity.$id, next });
  }
  for (const { id, next } of pending) {
    await ops.update(type, id, next);
    changed += 1;
  }
  return changed;
}
