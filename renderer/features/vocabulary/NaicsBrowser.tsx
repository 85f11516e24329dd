/** NAICS 2022 industries: a search by code or words and the tree from the 20 sectors down, the chosen code on the right. */
import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { humanize } from '../../lib/labels';
import { useChannel } from '../query/useChannel';
import { LazyTree } from './LazyTree';
import { NaicsDetails } from './NaicsDetails';
import { SearchBox } from './SearchBox';
import { loadNaics } from './tree-loaders';
import { idOfKey, keyOfPath } from './tree-model';
import { useLazyTree } from './useLazyTree';
import { useSuggestions } from './useSuggestions';

export function NaicsBrowser() {
  const tree = useLazyTree(loadNaics);
  const [selected, setSelected] = useState<{ code: string; key?: string }>();
  const [query, setQuery] = useState('');
  const found = useSuggestions('vocab.naics.search', query, (q) => ({ query: q, limit: 20 }));
  const got = useChannel('vocab.naics.get', selected ? { code: selected.code } : null, 0);
  const current = got.data?.code.code === selected?.code ? got.data : undefined;
  const { reveal } = tree;

  // A code picked from the search or a link: open the tree down to it.
  useEffect(() => {
    if (!selected || selected.key || !current) return;
    const path = current.path.map((c) => c.code);
    reveal(path);
    setSelected({ code: selected.code, key: keyOfPath(path) });
  }, [current, selected, reveal]);

  const options = (found.data?.items ?? []).map((c) => ({ key: c.code, label: `${c.code} ${c.title}`, detail: `${humanize(c.levelName)} · NAICS 2022` }));
  const open = (code: string) => setSelected({ code });
  return (
    <div className="vb-body">
      <aside className="vb-side" aria-label="Find an industry">
        <SearchBox label="Search industries" placeholder="5415, software, bakeries…" query={query} onQuery={setQuery} options={options} loading={found.searching} onPick={open} />
        <LazyTree label="NAICS sectors" tree={tree} selectedKey={selected?.key} onSelect={(key) => setSelected({ code: idOfKey(key), key })} />
      </aside>
      <div className="vb-main">
        {got.error && !current && <p className="banner banner-error">{got.error.message}</p>}
        {current ? (
          <NaicsDetails code={current.code} path={current.path} onOpen={open} />
        ) : (
          !selected && <EmptyState title="NAICS 2022 industries" text="Open a sector in the tree, or search by a code (5415) or by words of a title (software publishers)." />
        )}
      </div>
    </div>
  );
}
