/** Retention periods as people write them: `90 days`, `12 hours`, `2 weeks`, `1 year`, `30d`. */

const UNIT_MS: Record<string, number> = {
  s: 1_000,
  second: 1_000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  w: 604_800_000,
  week: 604_800_000,
  // Calendar months and years vary; retention uses fixed 30- and 365-day spans so a rule's cut-off is predictable.
  month: 2_592_000_000,
  y: 31_536_000_000,
  year: 31_536_000_000,
};

/** Milliseconds in a duration such as `90 days`; throws naming what is wrong. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+?)s?\s*$/i.exec(text);
  const unit = match?.[2]?.toLowerCase();
  if (!match || !unit || !Object.prototype.hasOwnProperty.call(UNIT_MS, unit)) {
    throw new Error(`"${text}" is not a duration: write a number and a unit, such as "90 days", "12 hours" or "1 year"`);
  }
  const ms = Number(match[1]) * (UNIT_MS[unit] ?? 0);
  if (!(ms > 0)) throw new Error(`"${text}" must be longer than zero`);
  return ms;
}

/** True when `text` parses as a duration. */
export function isDuration(text: string): boolean {
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
}
