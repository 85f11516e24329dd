/** A compact pill naming an entity; a button when it leads somewhere. */
import type { ReactNode } from 'react';

export function Chip(props: { label: string; type?: string; title?: string; onOpen?: () => void; tone?: 'missing'; children?: ReactNode }) {
  const content = (
    <>
      {props.type && <span className="chip-type">{props.type}</span>}
      <span className="chip-label">{props.label}</span>
      {props.children}
    </>
  );
  const className = `chip ${props.tone === 'missing' ? 'chip-missing' : ''}`;
  return props.onOpen ? (
    <button
      type="button"
      className={className}
      title={props.title}
      onClick={(event) => {
        event.stopPropagation();
        props.onOpen?.();
      }}
    >
      {content}
    </button>
  ) : (
    <span className={className} title={props.title}>
      {content}
    </span>
  );
}
