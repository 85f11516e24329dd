/** A property's expected types: entity types and named enumerations open in the browser; data types are plain text. */
import type { RangeDescriptor } from '../../../shared/vocab/descriptor';
import { rangeParts, type RangePart } from './property-model';

// Long member lists (countries, units) are cut here; the enumeration's own page lists them all.
const MEMBERS_SHOWN = 4;

export function RangeList(props: { ranges: RangeDescriptor[]; onOpen: (type: string) => void }) {
  return (
    <ul className="vb-ranges">
      {rangeParts(props.ranges).map((part, i) => (
        <li key={`${part.kind}:${part.type ?? i}`}>
          <Range part={part} onOpen={props.onOpen} />
        </li>
      ))}
    </ul>
  );
}

function Range(props: { part: RangePart; onOpen: (type: string) => void }) {
  const { part } = props;
  if (part.kind === 'data') return <span className="vb-datatype">{part.type}</span>;
  const link = (type: string) => (
    <button type="button" className="link-btn" onClick={() => props.onOpen(type)}>
      {type}
    </button>
  );
  if (part.kind === 'entity') return link(part.type);
  const shown = part.members.slice(0, MEMBERS_SHOWN).join(', ');
  const more = part.members.length > MEMBERS_SHOWN ? `, … (${part.members.length})` : '';
  return (
    <>
      {part.type ? link(part.type) : <span className="vb-datatype">one of</span>}
      <span className="vb-members-inline" title={part.members.join(', ')}>
        {shown}
        {more}
      </span>
    </>
  );
}
