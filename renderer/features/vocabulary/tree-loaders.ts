/** The three trees' loaders over the `vocab.*` channels: schema.org from Thing down, NAICS sectors down, O*NET major groups down. */
import { api } from '../../api/client';
import { naicsNode, onetNode, typeNode } from './tree-nodes';
import type { ChildLoader } from './useLazyTree';

/** The type tree's one root. */
export const TYPE_ROOT = 'Thing';

/** Thing as the root, then each type's direct subtypes. */
export const loadTypes: ChildLoader = async (name) => {
  const level = await api().invoke('vocab.hierarchy', { name: name ?? TYPE_ROOT });
  return name === null ? [typeNode(level.type)] : level.children.map(typeNode);
};

/** The 20 sectors, then each code's children. */
export const loadNaics: ChildLoader = async (code) => (await api().invoke('vocab.naics.children', { code })).items.map(naicsNode);

/** The major groups, then SOC codes, then occupations. */
export const loadOnet: ChildLoader = async (code) => (await api().invoke('vocab.onet.children', { code })).items.map(onetNode);
