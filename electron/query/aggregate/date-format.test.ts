import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, sql } from '../sql';
import { dateFormatSql, formatDate, parseDateFormat, toDate } from './date-format';

const db = new Database(':memory:');
afterAll(() => db.close());

function viaSql(format: string, value: string, timezone?: string): unknown {
  const f = parseDateFormat(format, timezone, 'test');
  const v = sql`${value}`;
  const { sql: text, params } = compile(sql`SELECT ${dateFormatSql(f, v, sql`'text'`)} AS out`);
  return (db.prepare(text).get(...params) as { out: unknown }).out;
}

describe('$dateToString formats', () => {
  it('formats every specifier as MongoDB documents it', () => {
    const date = new Date('2024-03-05T10:20:30.123Z'); // a Tuesday, ISO week 10, day 65
    const f = parseDateFormat('%Y-%m-%d %H:%M:%S.%L %j %w %u %U %V %G %z %Z %%', undefined, 'test');
    expect(formatDate(date, f)).toBe('2024-03-05 10:20:30.123 065 3 2 09 10 2024 +0000 0 %');
  });

  it('uses the ISO year at year ends and applies UTC offsets', () => {
    expect(formatDate(new Date('2021-01-03T00:00:00Z'), parseDateFormat('%G-W%V-%u', undefined, 't'))).toBe('2020-W53-7');
    expect(formatDate(new Date('2024-03-05T22:00:00Z'), parseDateFormat('%Y-%m-%d %H:%M %z', '+05:30', 't'))).toBe('2024-03-06 03:30 +0530');
    expect(formatDate(new Date('2024-03-05T02:00:00Z'), parseDateFormat('%d %H %Z', '-08', 't'))).toBe('04 18 -480');
  });

  it('gives the same text in SQL as in JavaScript for random dates, formats and offsets', () => {
    const specs = ['%Y', '%m', '%d', '%H', '%M', '%S', '%L', '%j', '%w', '%u', '%U', '%V', '%G', '%z', '%Z', '%%', '-', 'T', ' at '];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.array(fc.constantFrom(...specs), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(undefined, 'UTC', '+05:30', '-08:00', '+14'),
        (date, parts, tz) => {
          const format = parts.join('');
          const iso = date.toISOString();
          expect(viaSql(format, iso, tz)).toBe(formatDate(date, parseDateFormat(format, tz, 't')));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('treats text that is not an ISO date as no date, in SQL and in JavaScript', () => {
    for (const text of ['not a date', '2024-13-45T00:00:00Z', 'now', '12345']) {
      expect(viaSql('%Y', text)).toBeNull();
      const parsed = toDate(text);
      expect(parsed === null || Number.isNaN(parsed.getTime())).toBe(true);
    }
    expect(toDate('2024-03-05')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
  });
});
