/**
 * The shapes of the generated files in `data/vocab/` (see its README) and their reading.
 * Files are read synchronously on first use: lookups feed zod schemas, which are synchronous,
 * and one `JSON.parse` of a ~0.7 MB file takes a few milliseconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Layer, supersession and comment, common to every schema.org term. */
export interface TermData {
  layer: string;
  supersededBy?: string[];
  comment: string;
}

/** A schema.org class. */
export interface TypeData extends TermData {
  kind: 'type' | 'enumeration' | 'dataType';
  parents: string[];
}

/** A schema.org property. */
export interface PropertyData extends TermData {
  domain: string[];
  range: string[];
  inverseOf?: string[];
}

/** An enumeration member (or `True` / `False` of `Boolean`). */
export interface MemberData extends TermData {
  of: string[];
}

/** `schemaorg.json`. */
export interface SchemaOrgFile {
  about: { version: string; license: string; attribution: string; counts: Record<string, number> };
  types: Record<string, TypeData>;
  properties: Record<string, PropertyData>;
  members: Record<string, MemberData>;
}

/** One row of `naics.json`. */
export interface NaicsRow {
  code: string;
  title: string;
  level: number;
  parent: string | null;
  summary?: string;
}

/** `naics.json`. */
export interface NaicsFile {
  about: { countsByLevel: Record<string, number>; total: number; credit: string };
  codes: NaicsRow[];
}

/** One row of `onet.json`. */
export interface OnetRow {
  code: string;
  title: string;
  dataLevel: boolean;
  description: string;
}

/** `onet.json`. */
export interface OnetFile {
  about: { counts: Record<string, number>; attribution: string };
  majorGroups: Record<string, string>;
  occupations: OnetRow[];
}

/** The folder of the generated files when running from the source tree. */
export function defaultVocabDir(): string {
  return fileURLToPath(new URL('../../data/vocab/', import.meta.url));
}

/** Reads and parses one generated file. */
export function readVocabFile<T>(dir: string, file: 'schemaorg.json' | 'naics.json' | 'onet.json'): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}
