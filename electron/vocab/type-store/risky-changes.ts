/**
 * Changes to a type that stored entities may not survive: a property removed, its range or
 * multiplicity narrowed, its constraints tightened, or made required. Each comes with the
 * filter that finds the entities concerned, so the change can be refused while any exist.
 */
import { jsonEquals } from '../../../shared/governance/diff';
import type { Constraints, PropertyDescriptor, RangeDescriptor, TypeDescriptor } from '../../../shared/vocab/descriptor';

/** One risky change to a property, and the filter matching the entities it concerns. */
export interface RiskyChange {
  property: string;
  /** What changed, in words ("removed", "range no longer accepts Text", "now required"). */
  change: string;
  where: Record<string, unknown>;
}

/** Whether an entity type may stand where another is expected (the Vocabulary's `isSubtypeOf`). */
export type SubtypeTest = (type: string, ancestor: string) => boolean;

/** What an old range accepted that none of the new ranges accepts, in words; undefined when nothing was lost. */
function lostFrom(old: RangeDescriptor, now: readonly RangeDescriptor[], isSubtypeOf: SubtypeTest): string | undefined {
  if (old.kind === 'data') return now.some((r) => r.kind === 'data' && r.type === old.type) ? undefined : `no longer accepts ${old.type}`;
  if (old.kind === 'entity') return now.some((r) => r.kind === 'entity' && isSubtypeOf(old.type, r.type)) ? undefined : `no longer accepts ${old.type}`;
  const accepted = new Set(now.flatMap((r) => (r.kind === 'enumeration' ? r.members : [])));
  const lost = old.members.filter((m) => !accepted.has(m));
  return lost.length === 0 ? undefined : `no longer accepts ${lost.join(', ')}`;
}

const raised = (old: number | undefined, now: number | undefined) => now !== undefined && (old === undefined || now > old);
const lowered = (old: number | undefined, now: number | undefined) => now !== undefined && (old === undefined || now < old);

/** The constraints that refuse more than before. */
function tightened(old: Constraints, now: Constraints): string[] {
  const out: string[] = [];
  if (raised(old.min, now.min)) out.push(`min ${now.min}`);
  if (lowered(old.max, now.max)) out.push(`max ${now.max}`);
  if (raised(old.minLength, now.minLength)) out.push(`minLength ${now.minLength}`);
  if (lowered(old.maxLength, now.maxLength)) out.push(`maxLength ${now.maxLength}`);
  for (const key of ['pattern', 'format', 'code'] as const) if (now[key] !== undefined && !jsonEquals(old[key], now[key])) out.push(`${key} changed`);
  return out;
}

/** How a property's accepted values narrowed, in words (empty when they did not). */
function narrowing(old: PropertyDescriptor, now: PropertyDescriptor, isSubtypeOf: SubtypeTest): string[] {
  const out: string[] = [];
  for (const r of old.ranges) {
    const lost = lostFrom(r, now.ranges, isSubtypeOf);
    if (lost) out.push(`range ${lost}`);
  }
  if (old.multiplicity !== now.multiplicity && now.multiplicity !== 'either') out.push(`multiplicity ${old.multiplicity} → ${now.multiplicity}`);
  const constraints = tightened(old.constraints, now.constraints);
  if (constraints.length) out.push(`constraints tightened (${constraints.join(', ')})`);
  return out;
}

/** The enumeration values a property lost, when losing them is its only narrowing; undefined otherwise. */
function onlyDroppedMembers(old: PropertyDescriptor, now: PropertyDescriptor): string[] | undefined {
  const enumOnly = (p: PropertyDescriptor) => p.ranges.length > 0 && p.ranges.every((r) => r.kind === 'enumeration');
  if (!enumOnly(old) || !enumOnly(now) || old.multiplicity !== now.multiplicity || tightened(old.constraints, now.constraints).length > 0) return undefined;
  const kept = new Set(now.ranges.flatMap((r) => (r.kind === 'enumeration' ? r.members : [])));
  return old.ranges.flatMap((r) => (r.kind === 'enumeration' ? r.members : [])).filter((m) => !kept.has(m));
}

/** The risky changes from one descriptor of a type to the next, property by property. */
export function riskyChanges(before: TypeDescriptor, after: TypeDescriptor, isSubtypeOf: SubtypeTest): RiskyChange[] {
  const next = new Map(after.properties.map((p) => [p.name, p]));
  const out: RiskyChange[] = [];
  for (const old of before.properties) {
    const now = next.get(old.name);
    const used = { [old.name]: { $exists: true } };
    if (!now) {
      out.push({ property: old.name, change: 'removed', where: used });
      continue;
    }
    const narrowed = narrowing(old, now, isSubtypeOf);
    // Where values were only dropped from an enumeration, exactly the entities holding them are concerned.
    const dropped = onlyDroppedMembers(old, now);
    if (narrowed.length) out.push({ property: old.name, change: narrowed.join('; '), where: dropped ? { [old.name]: { $in: dropped } } : used });
    if (!old.required && now.required) out.push({ property: old.name, change: 'now required', where: { [old.name]: { $exists: false } } });
  }
  return out;
}
