/**
 * `$dateToString`: MongoDB's format specifiers, evaluated in JavaScript and compiled to
 * SQLite's `strftime`. Dates are stored as ISO 8601 text; a value that is not such text
 * formats as null (MongoDB would raise an error). Time zones are UTC offsets only, because
 * SQLite has no time-zone database.
 */
import { badQuery } from '../../../shared/errors';
import { Sql, sql, join } from '../sql';

/** A parsed format: literal text and specifiers, with the UTC offset to apply in minutes. */
export interface DateFormat {
  readonly parts: ReadonlyArray<{ literal: string } | { spec: string }>;
  readonly offsetMinutes: number;
  readonly source: string;
}

/** The default format of `$dateToString`. */
export const DEFAULT_FORMAT = '%Y-%m-%dT%H:%M:%S.%LZ';
const SPECS = new Set(['d', 'G', 'H', 'j', 'L', 'm', 'M', 'S', 'u', 'U', 'V', 'w', 'Y', 'z', 'Z', '%']);
/** Specifiers `strftime` computes exactly as MongoDB does, so a format of only these is one call. */
const STRFTIME_SAME = new Set(['d', 'G', 'H', 'j', 'm', 'M', 'S', 'u', 'U', 'V', 'Y', '%']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Validates a format and time zone (`UTC`, `Z`, `+05:30`, `-0800`, `+02`). */
export function parseDateFormat(format: unknown, timezone: unknown, at: string): DateFormat {
  if (typeof format !== 'string' || format.length > 200) throw badQuery(`${at}.format`, 'format is a string of at most 200 characters');
  const parts: Array<{ literal: string } | { spec: string }> = [];
  let literal = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%') {
      literal += ch;
      continue;
    }
    const spec = format[i + 1];
    if (spec === undefined || !SPECS.has(spec)) throw badQuery(`${at}.format`, `unknown specifier "%${spec ?? ''}" (known: %Y %m %d %H %M %S %L %j %w %u %U %V %G %z %Z %%)`);
    if (literal) parts.push({ literal });
    literal = '';
    parts.push({ spec });
    i++;
  }
  if (literal) parts.push({ literal });
  return { parts, offsetMinutes: parseOffset(timezone, `${at}.timezone`), source: format };
}

function parseOffset(timezone: unknown, at: string): number {
  if (timezone === undefined || timezone === 'UTC' || timezone === 'GMT' || timezone === 'Z') return 0;
  const match = typeof timezone === 'string' ? /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(timezone) : null;
  if (!match) throw badQuery(at, 'a time zone is "UTC" or an offset such as "+05:30" (named zones are not supported)');
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 18 * 60) throw badQuery(at, 'an offset is at most 18 hours');
  return match[1] === '-' ? -minutes : minutes;
}

/** A stored value as a Date: a Date, or ISO 8601 text; anything else is null. */
export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats a date in JavaScript. */
export function formatDate(date: Date, format: DateFormat): string {
  const d = new Date(date.getTime() + format.offsetMinutes * 60_000);
  return format.parts.map((p) => ('literal' in p ? p.literal : specValue(d, p.spec, format.offsetMinutes))).join('');
}

function specValue(d: Date, spec: string, offset: number): string {
  const dayOfYear = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  switch (spec) {
    case 'Y': return pad(d.getUTCFullYear(), 4);
    case 'm': return pad(d.getUTCMonth() + 1);
    case 'd': return pad(d.getUTCDate());
    case 'H': return pad(d.getUTCHours());
    case 'M': return pad(d.getUTCMinutes());
    case 'S': return pad(d.getUTCSeconds());
    case 'L': return pad(d.getUTCMilliseconds(), 3);
    case 'j': return pad(dayOfYear, 3);
    case 'w': return String(d.getUTCDay() + 1);
    case 'u': return String(d.getUTCDay() === 0 ? 7 : d.getUTCDay());
    case 'U': return pad(Math.floor((dayOfYear - 1 + 7 - d.getUTCDay()) / 7));
    case 'V': return pad(isoWeek(d).week);
    case 'G': return pad(isoWeek(d).year, 4);
    case 'z': return `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
    case 'Z': return String(offset);
    default: return '%';
  }
}

function isoWeek(d: Date): { year: number; week: number } {
  const day = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  const thursday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - day));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { year: thursday.getUTCFullYear(), week: Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

/**
 * SQL for a format over an ISO text value (NULL when the value is not such text; `type` is
 * null where the caller knows the value is text). A format
 * of specifiers `strftime` shares with MongoDB is one `strftime` call with the format bound
 * as a parameter; others are a concatenation of per-specifier pieces.
 */
export function dateFormatSql(format: DateFormat, value: Sql, type: Sql | null): Sql {
  const shift = format.offsetMinutes === 0 ? sql`` : sql`, ${`${format.offsetMinutes >= 0 ? '+' : ''}${format.offsetMinutes} minutes`}`;
  const at = (f: string): Sql => sql`strftime(${f}, ${value}${shift})`;
  const iso = sql`${value} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`;
  const guard = type === null ? iso : sql`${type} = 'text' AND ${iso}`;
  const allSame = format.parts.every((p) => 'literal' in p || STRFTIME_SAME.has(p.spec));
  const body = allSame
    ? at(format.source)
    : join(
        format.parts.map((p) => {
          if ('literal' in p) return sql`${p.literal}`;
          if (STRFTIME_SAME.has(p.spec)) return at(`%${p.spec}`);
          if (p.spec === 'L') return sql`substr(${at('%f')}, 4, 3)`;
          if (p.spec === 'w') return sql`CAST(${at('%w')} + 1 AS TEXT)`;
          return sql`${specValue(new Date(0), p.spec, format.offsetMinutes)}`;
        }),
        ' || ',
      );
  return sql`(CASE WHEN ${guard} THEN ${body} END)`;
}
