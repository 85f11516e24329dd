/** The shapes the Vocabulary answers with. */
import type { FieldIssue } from '../../shared/errors';
import type { PropertyDescriptor } from '../../shared/vocab/descriptor';
import type { ParsedEntity } from '../../shared/vocab/descriptor-to-zod';
import type { TypeNode } from './type-index';

/** Where the generated vocabulary files are. */
export interface VocabularyOptions {
  dataDir?: string;
}

/** A type in lists, search results and the hierarchy. */
export interface TypeSummary {
  name: string;
  kind: TypeNode['kind'];
  source: TypeNode['source'];
  layer: string;
  pending: boolean;
  superseded: boolean;
  /** The first sentence of the description. */
  summary: string;
  childCount: number;
  descendantCount: number;
}

/** The properties one ancestor (or the type itself) contributes. */
export interface PropertyGroup {
  group: string;
  properties: PropertyDescriptor[];
}

/** An enumeration with its members (those of sub-enumerations included). */
export interface EnumerationInfo {
  name: string;
  description: string;
  members: { name: string; description: string; layer: string; superseded: boolean }[];
}

/** Options of type search. */
export interface TypeSearchOptions {
  limit?: number;
  kinds?: readonly TypeNode['kind'][];
}

/** A successful validation: the normalised entity and the warnings of `warn` mode. */
export interface Validated {
  value: ParsedEntity;
  warnings: FieldIssue[];
}
