/** The SQLite document store: `openStore`, the `$` type references and the public types. */
export { openStore } from './store';
export { $ } from './type-ref';
export type {
  AggregateOptions, Change, Collection, Context, CountOptions, DeleteOptions, DeletedMode, Doc, Explanation, ListOptions, OrderBy, Page,
  PageOptions, ReadOptions, SearchOptions, Session, Store, StoreOps, StoreOptions, TypeRef, TypeReference,
  ValidateContext, Where, WriteOptions, WriteTransaction,
} from './types';
export type { CollectionOptions, IndexDeclaration } from './collection-settings';
export type { LockOptions } from './locks';
