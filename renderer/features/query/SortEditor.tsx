/** Sort keys (several, each ascending or descending), the row limit, and which references to populate. */
import type { FieldSpec } from '../../../shared/query/fields';
import type { QueryModel } from '../../../shared/query/model';
import { FieldPicker } from './FieldPicker';

export function SortEditor(props: { model: QueryModel; fields: readonly FieldSpec[]; onChange: (model: QueryModel) => void }) {
  const { model } = props;
  const setSort = (orderBy: QueryModel['orderBy']) => props.onChange({ ...model, orderBy });
  // Populate resolves top-level references the vocabulary declares and the data holds as ids (embedded objects need no resolving).
  const references = props.fields.filter((f) => f.kind === 'reference' && f.source === 'both' && !f.path.includes('.'));
  return (
    <div className="qb-options">
      <div className="qb-option" role="group" aria-label="Sort">
        <span className="qb-option-label">Sort by</span>
        {model.orderBy.map((key, i) => (
          <span key={i} className="qb-sort-key" role="group" aria-label={`Sort key ${i + 1}`}>
            <FieldPicker label="Sort field" fields={props.fields} value={key.field} onChange={(field) => setSort(model.orderBy.map((k, j) => (j === i ? { ...k, field } : k)))} />
            <select className="input input-sm" aria-label="Direction" value={key.direction} onChange={(e) => setSort(model.orderBy.map((k, j) => (j === i ? { ...k, direction: e.target.value as 'asc' | 'desc' } : k)))}>
              <option value="asc">ascending</option>
              <option value="desc">descending</option>
            </select>
            <button type="button" className="icon-btn" aria-label={`Remove sort key ${i + 1}`} onClick={() => setSort(model.orderBy.filter((_, j) => j !== i))}>
              ×
            </button>
          </span>
        ))}
        <button type="button" className="btn btn-sm btn-ghost" onClick={() => setSort([...model.orderBy, { field: '', direction: 'asc' }])}>
          + Sort
        </button>
      </div>
      <label className="qb-option">
        <span className="qb-option-label">Limit</span>
        <input
          className="input input-sm input-narrow"
          type="number"
          min={1}
          max={1000}
          placeholder="50"
          value={model.limit ?? ''}
          onChange={(e) => {
            const n = Number(e.target.value);
            const { limit: _drop, ...rest } = model;
            props.onChange(e.target.value === '' || !Number.isInteger(n) || n < 1 ? rest : { ...rest, limit: Math.min(n, 1000) });
          }}
        />
      </label>
      {references.length > 0 && (
        <fieldset className="qb-option qb-populate">
          <legend className="qb-option-label">Populate</legend>
          {references.slice(0, 8).map((f) => (
            <label key={f.path} className="qb-flag">
              <input
                type="checkbox"
                checked={model.populate.includes(f.path)}
                onChange={(e) => props.onChange({ ...model, populate: e.target.checked ? [...model.populate, f.path] : model.populate.filter((p) => p !== f.path) })}
              />
              {f.path}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
