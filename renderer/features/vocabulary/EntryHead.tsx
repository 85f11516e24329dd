/** The head of an entry (a type, a NAICS code, an occupation): where it sits and where it comes from, then its code, name and badges. */
import type { ReactNode } from 'react';
import type { Flag } from './property-model';

export function EntryHead(props: { headingId: string; title: string; code?: string; badges: Flag[]; source: string; path?: ReactNode }) {
  return (
    <>
      <div className="vb-topline">
        {props.path}
        <span className="vb-source">{props.source}</span>
      </div>
      <header className="vb-head">
        {props.code && <span className="vb-code-big">{props.code}</span>}
        <h2 id={props.headingId}>{props.title}</h2>
        {props.badges.map((b) => (
          <span key={b.label} className={`badge${b.tone ? ` badge-${b.tone}` : ''}`} title={b.title}>
            {b.label}
          </span>
        ))}
      </header>
    </>
  );
}
