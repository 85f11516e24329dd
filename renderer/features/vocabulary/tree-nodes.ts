/** The vocabularies' answers as tree nodes, and the paths that reveal an entry in its tree. */
import type { z } from 'zod';
import type { NaicsCodeSchema, OnetNodeSchema, TypeSummarySchema } from '../../../shared/channels/vocab';
import type { TreeNode } from './tree-model';

type TypeSummary = z.infer<typeof TypeSummarySchema>;
type NaicsCode = z.infer<typeof NaicsCodeSchema>;
type OnetNode = z.infer<typeof OnetNodeSchema>;

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** A schema.org or custom type: its direct subtypes counted, all of them in the tooltip. */
export function typeNode(type: TypeSummary): TreeNode {
  return {
    id: type.name,
    label: type.name,
    expandable: type.childCount > 0,
    count: type.childCount > 0 ? type.childCount : undefined,
    countTitle: `${plural(type.childCount, 'direct subtype', 'direct subtypes')}, ${plural(type.descendantCount, 'subtype', 'subtypes')} in all`,
    muted: type.pending || type.superseded,
    // Enumerations are not tagged: their subtrees (under Enumeration) hold nothing else.
    tag: type.source === 'custom' ? 'custom' : undefined,
  };
}

/** A NAICS code (sector, subsector, industry group, industry, national industry). */
export function naicsNode(code: NaicsCode): TreeNode {
  return {
    id: code.code,
    code: code.code,
    label: code.title,
    expandable: code.childCount > 0,
    count: code.childCount > 0 ? code.childCount : undefined,
    countTitle: plural(code.childCount, 'code below', 'codes below'),
  };
}

/** An O*NET major group, SOC code or occupation. */
export function onetNode(node: OnetNode): TreeNode {
  return {
    id: node.code,
    code: node.code,
    label: node.title,
    expandable: node.childCount > 0,
    count: node.childCount > 0 ? node.childCount : undefined,
    countTitle: plural(node.childCount, node.level === 'majorGroup' ? 'SOC code' : 'occupation', node.level === 'majorGroup' ? 'SOC codes' : 'occupations'),
  };
}

/** The tree path of an O*NET code: major group, SOC code, occupation (`15-1252.00` → 15, 15-1252, 15-1252.00). */
export function onetPath(code: string): string[] {
  const [, group, soc, occupation] = /^(\d{2})(?:(-\d{4})(\.\d{2})?)?$/.exec(code) ?? [];
  if (!group) return [];
  const path = [group];
  if (soc) path.push(group + soc);
  if (soc && occupation) path.push(group + soc + occupation);
  return path;
}

/** The tree path of a type from its hierarchy (ancestors from Thing down, then the type), or undefined when it is not under Thing. */
export function typePath(name: string, ancestors: readonly string[]): string[] | undefined {
  const path = [...ancestors, name];
  return path[0] === 'Thing' ? path : undefined;
}

