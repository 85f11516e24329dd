/** Who changed one field, when, and from what to what, across the entity's whole history. */
import { useApi } from '../../api/useApi';
import { Modal } from '../../components/Modal';
import { actionLabel, formatTime, formatValue } from './history-model';

export function FieldHistoryDialog(props: { type: string; id: string; field: string; onClose: () => void }) {
  const items = useApi('audit.whoChanged', { type: props.type, id: props.id, field: props.field }, `${props.id}/${props.field}`);
  return (
    <Modal
      title={`Who changed ${props.field}`}
      onClose={props.onClose}
      footer={
        <button type="button" className="btn" onClick={props.onClose}>
          Close
        </button>
      }
    >
      {items.error && <p className="field-error">{items.error.message}</p>}
      {items.data && items.data.length === 0 && <p className="muted">No change of this field is recorded.</p>}
      {items.data && items.data.length > 0 && (
        <ol className="field-history">
          {items.data.map((item) => (
            <li key={`${item.seq}/${item.field}`}>
              <div>
                <strong>{item.actor}</strong> <span className="muted">· v{item.version} · {actionLabel(item.action)} · {formatTime(item.timestamp)}</span>
              </div>
              <div className="mono">
                {item.field !== props.field && <span className="muted">{item.field}: </span>}
                {formatValue(item.oldValue)} → {formatValue(item.newValue)}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Modal>
  );
}
