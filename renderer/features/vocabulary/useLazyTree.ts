/**
 * The state of a lazily loaded tree: the roots load on mount, a node's children on its first
 * expansion (once; a failed load is retried on the next expansion), and `reveal` opens every
 * ancestor of a path so the node at its end becomes visible. The actions are stable.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ROOT, ancestorKeys, idOfKey, visibleRows, type TreeNode, type TreeRow } from './tree-model';

/** Loads the children of the node with `id` (the roots for null). */
export type ChildLoader = (id: string | null) => Promise<TreeNode[]>;

/** A lazily loaded tree and what can be done to it. */
export interface LazyTree {
  rows: TreeRow[];
  /** Load failures, by the key of the node whose children failed. */
  errors: ReadonlyMap<string, string>;
  expand(key: string): void;
  collapse(key: string): void;
  toggle(key: string): void;
  /** Expands every ancestor of the node at `path` (ids from a root down). */
  reveal(path: readonly string[]): void;
  /** A loaded node by id, shown or not (the first found where an id appears twice). */
  find(id: string): TreeNode | undefined;
}

export function useLazyTree(load: ChildLoader): LazyTree {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, readonly TreeNode[]>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const requested = useRef(new Set<string>());
  const loadRef = useRef(load);
  loadRef.current = load;

  const ensure = useCallback((key: string) => {
    if (requested.current.has(key)) return;
    requested.current.add(key);
    loadRef.current(key === ROOT ? null : idOfKey(key)).then(
      (children) => {
        setLoaded((m) => new Map(m).set(key, children));
        setErrors((m) => without(m, key));
      },
      (error: Error) => {
        requested.current.delete(key);
        setErrors((m) => new Map(m).set(key, error.message));
      },
    );
  }, []);

  useEffect(() => ensure(ROOT), [ensure]);

  const expand = useCallback(
    (key: string) => {
      ensure(key);
      setExpanded((s) => (s.has(key) ? s : new Set(s).add(key)));
    },
    [ensure],
  );
  const collapse = useCallback((key: string) => setExpanded((s) => new Set([...s].filter((k) => k !== key))), []);
  const toggle = useCallback(
    (key: string) => {
      ensure(key);
      setExpanded((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set(s).add(key)));
    },
    [ensure],
  );
  const reveal = useCallback(
    (path: readonly string[]) => {
      const keys = ancestorKeys(path);
      keys.forEach(ensure);
      setExpanded((s) => (keys.every((k) => s.has(k)) ? s : new Set([...s, ...keys])));
    },
    [ensure],
  );

  const rows = useMemo(() => visibleRows(loaded, expanded), [loaded, expanded]);
  const find = useCallback((id: string) => [...loaded.values()].flat().find((n) => n.id === id), [loaded]);
  return { rows, errors, expand, collapse, toggle, reveal, find };
}

function without(map: ReadonlyMap<string, string>, key: string): ReadonlyMap<string, string> {
  if (!map.has(key)) return map;
  const rest = new Map(map);
  rest.delete(key);
  return rest;
}
