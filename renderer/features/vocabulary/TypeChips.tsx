/** A row of type names that open the type (parents, subtypes); long rows show the first few until asked for all. */
import { useState } from 'react';
import { Chip } from '../../components/Chip';

const FIRST = 16;

export function TypeChips(props: { names: string[]; onOpen: (name: string) => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? props.names : props.names.slice(0, FIRST);
  return (
    <span className="vb-chips">
      {shown.map((name) => (
        <Chip key={name} label={name} title={`Open ${name}`} onOpen={() => props.onOpen(name)} />
      ))}
      {props.names.length > shown.length && (
        <button type="button" className="link-btn vb-more" onClick={() => setAll(true)}>
          Show all {props.names.length}
        </button>
      )}
    </span>
  );
}
