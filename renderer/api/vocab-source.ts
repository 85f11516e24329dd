/**
 * What the renderer asks of the vocabulary: type descriptors, subtypes and the NAICS / O*NET
 * code lists. Components reach it through `useVocab()`, so tests hand in a fixed vocabulary.
 */
import type { TypeDescriptor } from '../../shared/vocab/descriptor';

/** One code of a code list, as pickers show it. */
export interface CodeItem {
  code: string;
  title: string;
  /** A second line: the NAICS level or the occupation's description. */
  detail?: string;
}

/** The vocabulary as the renderer sees it. */
export interface VocabSource {
  /** The descriptor of a type (rejects with NOT_FOUND for an unknown type). */
  type(name: string): Promise<TypeDescriptor>;
  /** Every subtype of a type, transitively (what a range of that type also accepts). */
  subtypes(name: string): Promise<string[]>;
  /** Codes of a list ranked against a query (a code prefix or words of the title). */
  searchCodes(list: 'naics' | 'onet', query: string): Promise<CodeItem[]>;
  /** One code, or undefined when the list has no such code. */
  code(list: 'naics' | 'onet', code: string): Promise<CodeItem | undefined>;
}
