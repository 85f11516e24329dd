/** One table cell, rendered by its cell model (see `cell-model.ts`). */
import type { CellModel } from './cell-model';
import { RefChip } from './RefChip';

export function Cell(props: { model: CellModel }) {
  const m = props.model;
  switch (m.kind) {
    case 'empty':
      return <span className="cell-empty" aria-label="empty">—</span>;
    case 'text':
      return <span title={m.text}>{m.text}</span>;
    case 'number':
      return <span className="cell-num">{m.text}</span>;
    case 'date':
      return <time dateTime={m.iso} title={m.iso}>{m.text}</time>;
    case 'boolean':
      return <span className={m.value ? 'cell-true' : 'cell-false'}>{m.value ? 'Yes' : 'No'}</span>;
    case 'url':
      return (
        <a href={m.href} target="_blank" rel="noreferrer noopener" title={m.href} onClick={(e) => e.stopPropagation()}>
          {m.text}
        </a>
      );
    case 'enum':
      return <span className="badge">{m.text}</span>;
    case 'code':
      return <span className="mono">{m.text}</span>;
    case 'ref':
      return <RefChip id={m.id} types={m.types} />;
    case 'embedded':
      return (
        <span className="cell-embedded" title={m.type ? `${m.type}: ${m.text}` : m.text}>
          {m.type && <span className="chip-type">{m.type}</span>}
          <span className="cell-embedded-text">{m.text || '…'}</span>
        </span>
      );
    case 'masked':
      return (
        <span className="cell-masked" title="Personal data, masked">
          <span className="lock" aria-hidden="true" />
          <span className="sr-only">Masked: </span>
          <span className="cell-masked-text">{m.text}</span>
        </span>
      );
    case 'tags':
      return (
        <span className="tags">
          {m.items.map((item, i) =>
            item.kind === 'text' || item.kind === 'enum' || item.kind === 'number' ? (
              <span key={i} className="tag">
                {item.text}
              </span>
            ) : (
              <Cell key={i} model={item} />
            ),
          )}
          {m.more > 0 && <span className="tag tag-more">+{m.more}</span>}
        </span>
      );
  }
}
