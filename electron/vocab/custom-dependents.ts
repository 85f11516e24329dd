/**
 * What ties custom types together: which definitions and extensions name a type (so it is not
 * removed from under them), and which of them stop passing their checks after a change.
 */
import { StudioError } from '../../shared/errors';
import type { CustomTypeDefinition, TypeExtension } from '../../shared/vocab/custom-type';
import { checkCustomType, checkExtension } from './custom-types';
import type { TypeIndex } from './type-index';

const ranges = (range: string | string[] | undefined): string[] => (range === undefined ? [] : Array.isArray(range) ? range : [range]);

function namesInRanges(body: TypeExtension, name: string): boolean {
  return Object.values(body.properties).some((p) => ranges(p.range).includes(name));
}

/**
 * The custom types that extend `name` or name it in a property's range, then the types whose
 * extension names it in a range (a type's own self-references do not count).
 */
export function dependentsOf(name: string, definitions: readonly CustomTypeDefinition[], extensions: ReadonlyMap<string, TypeExtension>): string[] {
  const out: string[] = [];
  for (const def of definitions) {
    if (def.name !== name && (def.extends === name || namesInRanges(def, name))) out.push(def.name);
  }
  for (const [type, extension] of extensions) {
    if (type !== name && namesInRanges(extension, name)) out.push(`${type} (extension)`);
  }
  return out;
}

/**
 * Every custom type but `except`, and every extension, checked again against the index as it
 * is now: the ones that fail, with why. Checking them all is cheap (a few dozen at most) and
 * catches indirect breaks, such as a subtype's rule reading a property its parent dropped.
 */
export function failingChecks(
  except: string,
  index: TypeIndex,
  extensions: ReadonlyMap<string, TypeExtension>,
  propertiesOf: (type: string) => ReadonlySet<string>,
): Array<{ name: string; message: string }> {
  const failing: Array<{ name: string; message: string }> = [];
  const recheck = (name: string, check: () => unknown): void => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof StudioError)) throw error;
      failing.push({ name, message: error.message });
    }
  };
  for (const def of index.customDefinitions()) {
    if (def.name !== except) recheck(def.name, () => checkCustomType(def, index, propertiesOf));
  }
  for (const [type, extension] of extensions) recheck(`${type} (extension)`, () => checkExtension(type, extension, index, propertiesOf));
  return failing;
}
