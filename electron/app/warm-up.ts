/**
 * Runs the first screen's reads once at start, before the window or the server's address is
 * shown: the user's first request then finds the code paths compiled and the pages of the
 * type it opens in SQLite's cache (the first answer was three to four times slower without).
 */
import type { RequestContext } from '../api/context';
import type { Dispatch } from '../api/dispatch';
import { FIRST_PAGE_SIZE, startType } from '../../shared/first-screen';

/** The first page, the descriptor and the type list the renderer asks for first (see renderer/app/first-screen.ts). */
export async function warmUp(dispatch: Dispatch, ctx: RequestContext): Promise<void> {
  const types = await dispatch('entities.types', {}, ctx);
  if (!types.ok) return;
  const listed = types.value as Array<{ type: string; tenantScoped?: boolean }>;
  const start = startType(listed);
  if (!start || start.tenantScoped) return;
  await Promise.all([
    dispatch('vocab.type', { name: start.type }, ctx),
    dispatch('entities.list', { type: start.type, limit: FIRST_PAGE_SIZE, cursor: null, deleted: 'exclude' }, ctx),
  ]);
}
