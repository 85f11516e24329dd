/** The part of the `jsonld` package (which ships no typings) that the transfer code uses. */
declare module 'jsonld' {
  /** What a document loader answers for a URL. */
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  /** Resolves a URL (a remote `@context`) to its document. */
  export type DocumentLoader = (url: string, options?: unknown) => Promise<RemoteDocument>;
  /** Options of `expand`. */
  export interface ExpandOptions {
    documentLoader?: DocumentLoader;
    base?: string | null;
    safe?: boolean;
  }
  /** Expands a JSON-LD document: full IRIs, every value an array. */
  export function expand(input: unknown, options?: ExpandOptions): Promise<Array<Record<string, unknown>>>;
  const jsonld: { expand: typeof expand };
  export default jsonld;
}
