/**
 * Common schema evolutions, as plain JSON operations a migration or the settings screen can
 * ask for, and what each does to one entity's properties. Pure, so a preview and the real run
 * compute exactly the same thing.
 */
import { z } from 'zod';

const field = z.string().min(1).max(100).regex(/^[A-Za-z_][\w]*$/, 'a top-level property name');

/** One evolution of a type's entities. */
export const EvolutionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('renameField'), from: field, to: field }).strict(),
  z
    .object({
      op: z.literal('splitName'),
      from: field.default('name'),
      given: field.default('givenName'),
      family: field.default('familyName'),
      /** Where middle names go (schema.org's `additionalName`). */
      additional: field.default('additionalName'),
      removeSource: z.boolean().default(false),
    })
    .strict(),
  z.object({ op: z.literal('setDefault'), field, value: z.unknown() }).strict(),
  z.object({ op: z.literal('changeType'), field, to: z.enum(['string', 'number', 'boolean', 'date']) }).strict(),
]);
/** One evolution, after parsing. */
export type Evolution = z.output<typeof EvolutionSchema>;
/** One evolution, as written. */
export type EvolutionInput = z.input<typeof EvolutionSchema>;

type Doc = Record<string, unknown>;

function has(doc: Doc, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(doc, key) && doc[key] !== undefined;
}

function convert(value: unknown, to: 'string' | 'number' | 'boolean' | 'date'): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((v) => convert(v, to));
  switch (to) {
    case 'string':
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(/,/g, '')) : typeof value === 'boolean' ? Number(value) : NaN;
      if (!Number.isFinite(n)) throw new Error(`${JSON.stringify(value)} is not a number`);
      return n;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const text = String(value).trim().toLowerCase();
      if (['true', 'yes', '1', 'y'].includes(text)) return true;
      if (['false', 'no', '0', 'n', ''].includes(text)) return false;
      throw new Error(`${JSON.stringify(value)} is not a yes/no value`);
    }
    case 'date': {
      const time = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
      if (!Number.isFinite(time)) throw new Error(`${JSON.stringify(value)} is not a date`);
      const iso = new Date(time).toISOString();
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? iso.slice(0, 10) : iso;
    }
  }
}

/** The properties after the evolution, or null when it changes nothing for this entity; throws when a value cannot be converted. */
export function evolve(evolution: Evolution, props: Doc): Doc | null {
  switch (evolution.op) {
    case 'renameField': {
      if (!has(props, evolution.from) || evolution.from === evolution.to) return null;
      if (has(props, evolution.to)) throw new Error(`both ${evolution.from} and ${evolution.to} are set`);
      const { [evolution.from]: value, ...rest } = props;
      return { ...rest, [evolution.to]: value };
    }
    case 'splitName': {
      const name = props[evolution.from];
      if (typeof name !== 'string' || has(props, evolution.given) || has(props, evolution.family)) return null;
      const words = name.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) return null;
      const out: Doc = { ...props, [evolution.given]: words[0] };
      if (words.length > 1) out[evolution.family] = words[words.length - 1];
      if (words.length > 2 && !has(props, evolution.additional)) out[evolution.additional] = words.slice(1, -1).join(' ');
      if (evolution.removeSource) delete out[evolution.from];
      return out;
    }
    case 'setDefault':
      return has(props, evolution.field) ? null : { ...props, [evolution.field]: evolution.value };
    case 'changeType': {
      if (!has(props, evolution.field)) return null;
      const next = convert(props[evolution.field], evolution.to);
      return JSON.stringify(next) === JSON.stringify(props[evolution.field]) ? null : { ...props, [evolution.field]: next };
    }
  }
}
