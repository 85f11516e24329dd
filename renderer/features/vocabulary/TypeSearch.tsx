/** The type search: ranked and typo-tolerant (the main process's `vocab.searchTypes`); picking a result opens it. */
import { useState } from 'react';
import { SearchBox } from './SearchBox';
import { useSuggestions } from './useSuggestions';

export function TypeSearch(props: { onPick: (name: string) => void }) {
  const [query, setQuery] = useState('');
  const found = useSuggestions('vocab.searchTypes', query, (q) => ({ query: q, limit: 15 }));
  const options = (found.data?.items ?? []).map((t) => ({
        key: t.name,
        label: (
          <>
            {t.name}
            {t.kind !== 'type' && <span className="badge vb-option-tag">{t.kind === 'enumeration' ? 'enum' : 'data type'}</span>}
            {t.source === 'custom' && <span className="badge vb-option-tag">custom</span>}
          </>
        ),
        detail: t.summary,
      }));
  return <SearchBox label="Search types" placeholder="Person, Offer, availability…" query={query} onQuery={setQuery} options={options} loading={found.searching} onPick={props.onPick} />;
}
