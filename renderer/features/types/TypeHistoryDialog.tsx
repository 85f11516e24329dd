/** A custom type's versions, newest first: who changed it, when, and which properties were added, removed or changed. */
import { useApi } from '../../api/useApi';
import { Modal } from '../../components/Modal';
import { diffLines } from './diff-lines';

const KIND_LABEL = { define: 'defined', update: 'changed', delete: 'deleted' } as const;
const KIND_BADGE = { define: 'kind-define', update: 'kind-update', delete: 'kind-delete' } as const;

export function TypeHistoryDialog(props: { name: string; onClose: () => void }) {
  const history = useApi('types.history', { name: props.name }, `type-history/${props.name}`, ['types.changed']);
  const footer = (
    <button type="submit" className="btn btn-primary">
      Close
    </button>
  );
  return (
    <Modal title={`History of ${props.name}`} onClose={props.onClose} onSubmit={props.onClose} footer={footer}>
      {history.error && <p className="banner-error">{history.error.message}</p>}
      {history.data && history.data.versions.length === 0 && <p className="muted">{props.name} has no stored versions: it comes from the shipped examples or the workspace configuration.</p>}
      <ol className="type-history" aria-label={`Versions of ${props.name}`}>
        {history.data?.versions.map((v) => {
          const lines = diffLines(v.diff);
          return (
            <li key={v.version} className="type-version">
              <div className="type-version-head">
                <span className="type-version-number">v{v.version}</span>
                <span className={`badge ${KIND_BADGE[v.kind]}`}>{KIND_LABEL[v.kind]}</span>
                <span>{v.actor}</span>
                <time className="muted" dateTime={v.at}>
                  {new Date(v.at).toLocaleString()}
                </time>
              </div>
              {lines.length > 0 ? (
                <ul className="type-diff">
                  {lines.map((line, i) => (
                    <li key={i} className={`type-diff-${line.tone}`}>
                      {line.text}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted type-diff-none">No property changes</p>
              )}
            </li>
          );
        })}
      </ol>
    </Modal>
  );
}
