/**
 * The schema.org and custom types: a search and the hierarchy from Thing on the left, the
 * chosen type on the right. A type opened by search or by a link is revealed in the tree.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../../api/useApi';
import { LazyTree } from './LazyTree';
import { TYPE_ROOT, loadTypes } from './tree-loaders';
import { idOfKey, keyOfPath } from './tree-model';
import { typePath } from './tree-nodes';
import { TypeDetails } from './TypeDetails';
import { TypeSearch } from './TypeSearch';
import { useLazyTree } from './useLazyTree';

/** The open type, and its row in the tree once known (a type with two parents has two rows). */
interface Selection {
  name: string;
  key?: string;
}

export function TypesBrowser() {
  const tree = useLazyTree(loadTypes);
  const [selection, setSelection] = useState<Selection>({ name: TYPE_ROOT, key: TYPE_ROOT });
  const hierarchy = useApi('vocab.hierarchy', { name: selection.name }, selection.name);
  const { reveal } = tree;

  // Opened from the search or a link: find its row through the breadcrumb path and open the way to it.
  useEffect(() => {
    const level = hierarchy.data;
    if (selection.key || level?.type.name !== selection.name) return;
    const path = typePath(level.type.name, level.path);
    if (!path) return;
    reveal(path);
    setSelection({ name: selection.name, key: keyOfPath(path) });
  }, [hierarchy.data, selection, reveal]);

  const open = (name: string) => setSelection({ name });
  return (
    <div className="vb-body">
      <aside className="vb-side" aria-label="Find a type">
        <TypeSearch onPick={open} />
        <LazyTree label="Type hierarchy" tree={tree} selectedKey={selection.key} onSelect={(key) => setSelection({ name: idOfKey(key), key })} />
      </aside>
      <div className="vb-main">
        <TypeDetails name={selection.name} hierarchy={hierarchy.data} onOpen={open} />
      </div>
    </div>
  );
}
