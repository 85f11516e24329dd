/**
 * Parameterized SQL fragments. Every `${value}` interpolated into the `sql` tag becomes a
 * bound parameter; only other fragments nest as text. The single way to put text that did
 * not come from this file's literals into SQL is `jsonPathLiteral`/`typeLiteral` in
 * `identifiers.ts`, which validate before quoting.
 */

/** A value SQLite can bind. */
export type SqlValue = string | number | bigint | null | Buffer;

/** An immutable piece of SQL text with its parameters, in order. */
export class Sql {
  private constructor(
    readonly text: string,
    readonly params: readonly SqlValue[],
  ) {}

  /** Builds a fragment from trusted text (module constants) and its parameters. */
  static trusted(text: string, params: readonly SqlValue[] = []): Sql {
    return new Sql(text, params);
  }
}

/** Tagged template: interpolated `Sql` fragments nest, anything else becomes a `?` parameter. */
export function sql(strings: TemplateStringsArray, ...values: ReadonlyArray<Sql | SqlValue | boolean>): Sql {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (value instanceof Sql) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
    }
    text += strings[i + 1] ?? '';
  });
  return Sql.trusted(text, params);
}

/** Joins fragments with a trusted separator such as `' AND '`. */
export function join(parts: readonly Sql[], separator: string): Sql {
  return Sql.trusted(
    parts.map((p) => p.text).join(separator),
    parts.flatMap((p) => p.params),
  );
}

/** A parenthesised list of parameters: `(?, ?, ?)`. */
export function list(values: readonly SqlValue[]): Sql {
  return Sql.trusted(`(${values.map(() => '?').join(', ')})`, values);
}

/** The SQL that is always true / always false, for empty `$and` / `$or`. */
export const TRUE = Sql.trusted('1');
export const FALSE = Sql.trusted('0');

/** The runnable form of a fragment. */
export interface CompiledSql {
  sql: string;
  params: SqlValue[];
}

/** Flattens a fragment for `db.prepare(sql).all(...params)`. */
export function compile(fragment: Sql): CompiledSql {
  return { sql: fragment.text, params: [...fragment.params] };
}
