/**
 * A lazily loaded tree as plain data: the children loaded so far (by node key), the expanded
 * keys, and the rows they make visible, with the keyboard moves of the ARIA tree pattern.
 * A node's key is the path of ids from the root, so a type with two parents (LocalBusiness
 * under Organization and Place) is two distinct rows.
 */

/** One node of a tree. */
export interface TreeNode {
  /** Unique among its siblings: a type name, a NAICS or O*NET code. */
  id: string;
  label: string;
  /** A code shown before the label (NAICS, O*NET). */
  code?: string;
  /** How many children the node has (shown beside it), when it has any. */
  count?: number;
  /** A longer wording of the count, for a tooltip. */
  countTitle?: string;
  expandable: boolean;
  /** Pending or superseded entries are drawn quieter. */
  muted?: boolean;
  /** A short tag such as "enum". */
  tag?: string;
}

/** The key of the roots' parent. */
export const ROOT = '';

/** Children loaded so far, by the key of their parent (`ROOT` for the roots). */
export type LoadedChildren = ReadonlyMap<string, readonly TreeNode[]>;

/** One visible row of the tree. */
export interface TreeRow {
  key: string;
  parentKey: string;
  node: TreeNode;
  /** 1 for the roots (aria-level). */
  level: number;
  posInSet: number;
  setSize: number;
  expanded: boolean;
  /** Expanded but its children have not arrived yet. */
  loading: boolean;
}

// A separator no type name or code contains.
const SEP = '/';

/** The key of a child of `parentKey`. */
export function childKey(parentKey: string, id: string): string {
  return parentKey === ROOT ? id : `${parentKey}${SEP}${id}`;
}

/** The key of the node reached by following `path` (ids from a root down). */
export function keyOfPath(path: readonly string[]): string {
  return path.join(SEP);
}

/** The id of the node a key names (its last segment). */
export function idOfKey(key: string): string {
  return key.slice(key.lastIndexOf(SEP) + 1);
}

/** The keys that must be expanded for the node at `path` to be visible: every proper prefix. */
export function ancestorKeys(path: readonly string[]): string[] {
  return path.slice(0, -1).map((_, i) => keyOfPath(path.slice(0, i + 1)));
}

/** The rows shown: each root, and below each expanded node its loaded children, depth first. */
export function visibleRows(loaded: LoadedChildren, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (parentKey: string, level: number): void => {
    const children = loaded.get(parentKey) ?? [];
    children.forEach((node, i) => {
      const key = childKey(parentKey, node.id);
      const open = node.expandable && expanded.has(key);
      rows.push({ key, parentKey, node, level, posInSet: i + 1, setSize: children.length, expanded: open, loading: open && !loaded.has(key) });
      if (open) walk(key, level + 1);
    });
  };
  walk(ROOT, 1);
  return rows;
}

/** What a key press on a tree row asks for. */
export type TreeMove =
  | { kind: 'focus'; key: string }
  | { kind: 'expand'; key: string }
  | { kind: 'collapse'; key: string }
  | { kind: 'select'; key: string };

/**
 * The move a key makes from the focused row (WAI-ARIA tree view): ↑/↓ and Home/End move,
 * → expands a closed node or enters an open one, ← closes an open node or goes to the parent,
 * Enter and Space select. Undefined for keys the tree leaves alone.
 */
export function treeMove(rows: readonly TreeRow[], current: string, key: string): TreeMove | undefined {
  const at = rows.findIndex((r) => r.key === current);
  const row = rows[at];
  if (!row) return rows[0] ? { kind: 'focus', key: rows[0].key } : undefined;
  const focus = (target: TreeRow | undefined): TreeMove | undefined => (target ? { kind: 'focus', key: target.key } : undefined);
  switch (key) {
    case 'ArrowDown':
      return focus(rows[at + 1]);
    case 'ArrowUp':
      return focus(rows[at - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows[rows.length - 1]);
    case 'ArrowRight':
      if (!row.node.expandable) return undefined;
      if (!row.expanded) return { kind: 'expand', key: row.key };
      return rows[at + 1]?.parentKey === row.key ? focus(rows[at + 1]) : undefined;
    case 'ArrowLeft':
      if (row.expanded) return { kind: 'collapse', key: row.key };
      return row.parentKey === ROOT ? undefined : { kind: 'focus', key: row.parentKey };
    case 'Enter':
    case ' ':
      return { kind: 'select', key: row.key };
    default:
      return undefined;
  }
}
