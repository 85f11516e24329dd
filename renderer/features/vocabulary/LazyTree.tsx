/**
 * A lazily loaded tree (the ARIA tree pattern, rows drawn flat with aria-level): one row is in
 * the tab order; ↑/↓/Home/End move, →/← open and close, Enter or a click selects.
 */
import { useEffect, useRef, useState } from 'react';
import { treeMove } from './tree-model';
import { TreeItem } from './TreeItem';
import type { LazyTree as Tree } from './useLazyTree';

export function LazyTree(props: { label: string; tree: Tree; selectedKey: string | undefined; onSelect: (key: string) => void }) {
  const { tree, selectedKey } = props;
  const [focusKey, setFocusKey] = useState<string>();
  const items = useRef(new Map<string, HTMLLIElement>());
  const tabStop = tree.rows.some((r) => r.key === focusKey) ? focusKey : tree.rows.some((r) => r.key === selectedKey) ? selectedKey : tree.rows[0]?.key;
  const selectedShown = tree.rows.some((r) => r.key === selectedKey);

  // A node selected from elsewhere (search, a link) scrolls into view once its row exists.
  useEffect(() => {
    if (selectedKey && selectedShown) items.current.get(selectedKey)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedKey, selectedShown]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLUListElement>): void => {
    if (!tabStop) return;
    const move = treeMove(tree.rows, tabStop, event.key);
    if (!move) return;
    event.preventDefault();
    if (move.kind === 'focus') {
      setFocusKey(move.key);
      items.current.get(move.key)?.focus();
    } else if (move.kind === 'expand') tree.expand(move.key);
    else if (move.kind === 'collapse') tree.collapse(move.key);
    else props.onSelect(move.key);
  };

  return (
    <>
      <ul role="tree" aria-label={props.label} className="vb-tree" onKeyDown={onKeyDown}>
        {tree.rows.map((row) => (
          <TreeItem
            key={row.key}
            row={row}
            selected={row.key === selectedKey}
            focusable={row.key === tabStop}
            onSelect={() => {
              setFocusKey(row.key);
              props.onSelect(row.key);
            }}
            onToggle={() => tree.toggle(row.key)}
            onFocus={() => setFocusKey(row.key)}
            itemRef={(element) => {
              if (element) items.current.set(row.key, element);
              else items.current.delete(row.key);
            }}
          />
        ))}
      </ul>
      {[...tree.errors].map(([key, message]) => (
        <p key={key} className="vb-tree-error" role="alert">
          Could not load {key || 'the tree'}: {message}
        </p>
      ))}
    </>
  );
}
