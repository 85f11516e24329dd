/**
 * What the studio opens with, agreed between the renderer (which asks for it before React
 * mounts) and the main process (which reads it once at start to warm its caches).
 */

/** The type a studio opens with where there are people, the usual case. */
export const USUAL_START_TYPE = 'Person';

/** Rows of a table's first page: enough to fill the screen twice over, small enough to arrive soon. */
export const FIRST_PAGE_SIZE = 60;

/** The type a studio opens with: Person where there are people, else the first type listed. */
export function startType<T extends { type: string }>(types: readonly T[]): T | undefined {
  return types.find((t) => t.type === USUAL_START_TYPE) ?? types[0];
}
