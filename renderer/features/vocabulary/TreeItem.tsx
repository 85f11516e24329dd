/** One row of a vocabulary tree: a twisty that expands it, a code, a label, a tag and a child count. */
import type { TreeRow } from './tree-model';

export function TreeItem(props: {
  row: TreeRow;
  selected: boolean;
  focusable: boolean;
  onSelect: () => void;
  onToggle: () => void;
  onFocus: () => void;
  itemRef: (element: HTMLLIElement | null) => void;
}) {
  const { node, level, expanded, loading } = props.row;
  const name = node.code ? `${node.code} ${node.label}` : node.label;
  return (
    <li
      ref={props.itemRef}
      role="treeitem"
      aria-label={name}
      aria-level={level}
      aria-setsize={props.row.setSize}
      aria-posinset={props.row.posInSet}
      aria-expanded={node.expandable ? expanded : undefined}
      aria-selected={props.selected}
      aria-busy={loading || undefined}
      tabIndex={props.focusable ? 0 : -1}
      className={`vb-node${props.selected ? ' on' : ''}${node.muted ? ' muted' : ''}`}
      style={{ paddingLeft: 6 + (level - 1) * 16 }}
      onClick={props.onSelect}
      onFocus={props.onFocus}
    >
      {node.expandable ? (
        <button
          type="button"
          tabIndex={-1}
          className={`vb-twisty${expanded ? ' open' : ''}`}
          aria-label={`${expanded ? 'Collapse' : 'Expand'} ${name}`}
          onClick={(event) => {
            event.stopPropagation();
            props.onToggle();
          }}
        >
          {loading ? (
            '…'
          ) : (
            <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
              <path d="M3.5 1.5 7 5l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          )}
        </button>
      ) : (
        <span className="vb-twisty-space" />
      )}
      {node.code && <span className="vb-node-code">{node.code}</span>}
      <span className="vb-node-label" title={node.label}>
        {node.label}
      </span>
      {node.tag && <span className="badge vb-node-tag">{node.tag}</span>}
      {node.count !== undefined && (
        <span className="vb-node-count" title={node.countTitle}>
          {node.count.toLocaleString()}
        </span>
      )}
    </li>
  );
}
