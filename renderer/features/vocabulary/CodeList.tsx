/** A titled list of codes (the codes below a NAICS code, an SOC code's occupations), each opening its code. */
import { useId } from 'react';

/** One code in the list. */
export interface CodeEntry {
  code: string;
  title: string;
  detail?: string;
}

export function CodeList(props: { title: string; items: CodeEntry[] | undefined; onOpen: (code: string) => void }) {
  const id = useId();
  return (
    <section className="vb-group" aria-labelledby={id}>
      <h3 id={id} className="vb-section-title">
        {props.title}
        {props.items && <span className="count-pill">{props.items.length}</span>}
      </h3>
      {!props.items ? (
        <p className="muted">Loading…</p>
      ) : (
        <ul className="vb-code-list">
          {props.items.map((item) => (
            <li key={item.code}>
              <button type="button" className="link-btn vb-code-link" onClick={() => props.onOpen(item.code)}>
                <span className="vb-node-code">{item.code}</span>{' '}
                {item.title}
              </button>
              {item.detail && <span className="muted vb-code-detail">{item.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
