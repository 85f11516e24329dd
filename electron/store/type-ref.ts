/** `$.Person`: type references, and the one place a reference or a name becomes a type name. */
import { badQuery } from '../../shared/errors';
import { isTypeName } from '../query/identifiers';
import type { TypeRef, TypeReference } from './types';

/** The type-reference proxy: `$.Person` is `{ $type: 'Person' }`. */
export const $: { readonly [Name in string]: TypeReference<Name> } = new Proxy({} as Record<string, TypeReference>, {
  get(_target, name) {
    if (typeof name !== 'string') return undefined;
    return Object.freeze({ $type: name, toString: () => name });
  },
});

/** The type name of a reference or name; BAD_QUERY when it is not a valid type name. */
export function typeName(ref: TypeRef): string {
  const name = typeof ref === 'string' ? ref : ref !== null && typeof ref === 'object' ? (ref as TypeReference).$type : undefined;
  if (!isTypeName(name)) throw badQuery('type', `"${String(name).slice(0, 60)}" is not a valid type name`);
  return name;
}
