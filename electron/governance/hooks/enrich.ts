/** Enrichments an `afterCreate`/`afterUpdate` setting can name: fields derived from others, stored with the write. */

/** A person's age in whole years on `today`, from an ISO `birthDate`; undefined when it cannot be told. */
export function ageFrom(birthDate: unknown, today: Date = new Date()): number | undefined {
  if (typeof birthDate !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = today.getUTCFullYear() - year;
  const beforeBirthday = today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  if (beforeBirthday) age -= 1;
  return age >= 0 && age < 200 ? age : undefined;
}

/** The fields an enrichment adds to an entity (an empty object when it has nothing to add). */
export function enrich(name: 'age', entity: Record<string, unknown>, today?: Date): Record<string, unknown> {
  if (name === 'age') {
    const age = ageFrom(entity.birthDate, today);
    return age === undefined ? {} : { age };
  }
  return {};
}
