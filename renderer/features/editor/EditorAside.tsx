/** The editor's side column: the entity's bookkeeping and what refers to it ("Used by", the inverse references). */
import type { Entity } from '../../../shared/entity';
import { useApi } from '../../api/useApi';
import { RefChip } from '../browse/RefChip';
import { pathLabel } from '../../lib/labels';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const stamp = (v: unknown): string => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? when.format(Date.parse(v)) : '—');

export function EditorAside(props: { entity: Entity }) {
  const { entity } = props;
  const usedBy = useApi('entities.usedBy', { type: entity.$type, id: entity.$id }, `${entity.$type}:${entity.$id}:${entity.$version}`, ['entities.changed']);
  return (
    <aside className="editor-aside" aria-label="About this entity">
      <section>
        <h2 className="aside-title">Details</h2>
        <dl className="details">
          <dt>ID</dt>
          <dd className="mono">{entity.$id}</dd>
          <dt>Version</dt>
          <dd>{entity.$version ?? 1}</dd>
          <dt>Created</dt>
          <dd>{stamp(entity.$createdAt)}</dd>
          <dt>Updated</dt>
          <dd>{stamp(entity.$updatedAt)}</dd>
        </dl>
      </section>
      <section>
        <h2 className="aside-title">
          Used by {usedBy.data && usedBy.data.length > 0 && <span className="count-pill">{usedBy.data.length}</span>}
        </h2>
        {usedBy.error && <p className="muted">{usedBy.error.message}</p>}
        {usedBy.data && usedBy.data.length === 0 && <p className="muted">Nothing refers to this {entity.$type} yet.</p>}
        <ul className="used-by">
          {usedBy.data?.slice(0, 50).map((r) => (
            <li key={`${r.type}:${r.id}:${r.path}`}>
              <RefChip id={r.id} types={[r.type]} showType />
              <span className="muted used-by-path">as {pathLabel(r.path)}</span>
            </li>
          ))}
        </ul>
        {usedBy.data && usedBy.data.length > 50 && <p className="muted">and {usedBy.data.length - 50} more</p>}
      </section>
    </aside>
  );
}
