/** What to call an entity in chips, tabs and titles: its name, or the best stand-in it has. */

const NAME_FIELDS = ['name', 'headline', 'title', 'legalName', 'orderNumber', 'alternateName', 'email', 'sku'];

/** An entity's display name; `fallback` (usually the `$id`) when it has nothing name-like. */
export function displayName(entity: Record<string, unknown>, fallback = ''): string {
  for (const field of NAME_FIELDS) {
    const value = entity[field];
    if (typeof value === 'string' && value.trim()) return value;
  }
  const given = [entity.givenName, entity.familyName].filter((v) => typeof v === 'string' && v).join(' ');
  if (given) return given;
  return fallback || (typeof entity.$id === 'string' ? entity.$id : '');
}

/** A one-line summary of an embedded entity: its name, or its first few scalar values. */
export function summarize(entity: Record<string, unknown>): string {
  const name = displayName(entity);
  if (name) return name;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(entity)) {
    if (key.startsWith('$') || value === null || typeof value === 'object') continue;
    parts.push(String(value));
    if (parts.length === 3) break;
  }
  return parts.join(', ');
}
