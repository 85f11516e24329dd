/** A group of conditions joined by AND or OR, with nested groups; edits go up as whole new trees. */
import type { FieldSpec } from '../../../shared/query/fields';
import { newCondition, newGroup, type GroupModel } from '../../../shared/query/model';
import { ConditionRow } from './ConditionRow';
import { addItem, removeItem, updateItem } from './query-state';

export function GroupEditor(props: { root: GroupModel; group?: GroupModel; fields: readonly FieldSpec[]; onChange: (root: GroupModel) => void; onRemove?: () => void; depth?: number; label?: string }) {
  const group = props.group ?? props.root;
  const depth = props.depth ?? 0;
  const set = (combinator: 'and' | 'or') => props.onChange(updateItem(props.root, group.id, (g) => ({ ...(g as GroupModel), combinator })));
  let conditionNumber = 0;
  return (
    <div className={`qb-group ${depth > 0 ? 'qb-nested' : ''}`} role="group" aria-label={props.label ?? 'All conditions'}>
      <div className="qb-group-head">
        <span className="muted">Match</span>
        <div className="qb-seg" role="radiogroup" aria-label={`${props.label ?? 'All conditions'}: combine with`}>
          {(['and', 'or'] as const).map((c) => (
            <button key={c} type="button" role="radio" aria-checked={group.combinator === c} className={`qb-seg-btn ${group.combinator === c ? 'on' : ''}`} onClick={() => set(c)}>
              {c === 'and' ? 'all (AND)' : 'any (OR)'}
            </button>
          ))}
        </div>
        <span className="spacer" />
        {props.onRemove && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={props.onRemove}>
            Remove group
          </button>
        )}
      </div>
      {group.items.length === 0 && <p className="muted qb-empty">No conditions: every entity matches.</p>}
      {group.items.map((item) =>
        item.kind === 'group' ? (
          <GroupEditor
            key={item.id}
            root={props.root}
            group={item}
            fields={props.fields}
            depth={depth + 1}
            label={`Group in ${props.label ?? 'all conditions'}`}
            onChange={props.onChange}
            onRemove={() => props.onChange(removeItem(props.root, item.id))}
          />
        ) : (
          <ConditionRow
            key={item.id}
            label={`Condition ${depth > 0 ? `${depth}.` : ''}${++conditionNumber}`}
            condition={item}
            fields={props.fields}
            onChange={(next) => props.onChange(updateItem(props.root, item.id, () => next))}
            onRemove={() => props.onChange(removeItem(props.root, item.id))}
          />
        ),
      )}
      <div className="qb-group-actions">
        <button type="button" className="btn btn-sm" onClick={() => props.onChange(addItem(props.root, group.id, newCondition()))}>
          + Condition
        </button>
        {depth < 3 && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => props.onChange(addItem(props.root, group.id, newGroup(group.combinator === 'and' ? 'or' : 'and', [newCondition()])))}>
            + Group
          </button>
        )}
      </div>
    </div>
  );
}
