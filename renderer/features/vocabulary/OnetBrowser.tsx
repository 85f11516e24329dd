/** O*NET occupations: a search by code or words and the tree of major groups, SOC codes and occupations, the chosen entry on the right. */
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { LazyTree } from './LazyTree';
import { OnetDetails } from './OnetDetails';
import { SearchBox } from './SearchBox';
import { loadOnet } from './tree-loaders';
import { idOfKey, keyOfPath } from './tree-model';
import { onetPath } from './tree-nodes';
import { useLazyTree } from './useLazyTree';
import { useSuggestions } from './useSuggestions';

export function OnetBrowser() {
  const tree = useLazyTree(loadOnet);
  const [selected, setSelected] = useState<{ code: string; key: string }>();
  const [query, setQuery] = useState('');
  const found = useSuggestions('vocab.onet.search', query, (q) => ({ query: q, limit: 20, dataLevelOnly: false }));

  const options = (found.data?.items ?? []).map((o) => ({ key: o.code, label: `${o.code} ${o.title}`, detail: o.description }));
  // An O*NET code spells its own path, so the tree opens down to it at once.
  const open = (code: string) => {
    const path = onetPath(code);
    tree.reveal(path);
    setSelected({ code, key: keyOfPath(path) });
  };
  // Group titles come from the tree, which has loaded every group on the way to an opened code.
  const titleOf = (code: string) => tree.find(code)?.label;

  return (
    <div className="vb-body">
      <aside className="vb-side" aria-label="Find an occupation">
        <SearchBox label="Search occupations" placeholder="15-1252, software developer, nurse…" query={query} onQuery={setQuery} options={options} loading={found.searching} onPick={open} />
        <LazyTree
          label="O*NET major groups"
          tree={tree}
          selectedKey={selected?.key}
          onSelect={(key) => setSelected({ code: idOfKey(key), key })}
        />
      </aside>
      <div className="vb-main">
        {selected ? (
          <OnetDetails code={selected.code} titleOf={titleOf} onOpen={open} />
        ) : (
          <EmptyState title="O*NET occupations" text="Open a major group in the tree, or search by an O*NET-SOC code (15-1252.00) or by words of a title or description (software developer)." />
        )}
      </div>
    </div>
  );
}
