/**
 * Confirms a revert (the whole entity, or one field) after showing what it will change and
 * which restored references point at entities that no longer exist.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { Modal } from '../../components/Modal';
import type { StudioError } from '../../../shared/errors';
import { ChangeTable } from './ChangeTable';

export function RevertDialog(props: { type: string; id: string; version: number; field?: string; currentVersion: number; onClose: () => void; onDone: () => void }) {
  const preview = useApi('audit.revertPreview', { type: props.type, id: props.id, version: props.version, ...(props.field ? { field: props.field } : {}) }, `${props.id}/${props.version}/${props.field ?? ''}`);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const what = props.field ? `${props.field} to version ${props.version}` : `to version ${props.version}`;

  const confirm = async (): Promise<void> => {
    setBusy(true);
    try {
      await api().invoke('audit.revert', { type: props.type, id: props.id, version: props.version, expectedVersion: props.currentVersion, ...(props.field ? { field: props.field } : {}) });
      props.onDone();
    } catch (e) {
      setError((e as StudioError).message);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={`Revert ${what}?`}
      onClose={props.onClose}
      onSubmit={() => void confirm()}
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || !preview.data || preview.data.changes.length === 0}>
            Revert
          </button>
        </>
      }
    >
      <p className="muted">The revert is saved as a new version; nothing in the history is lost.</p>
      {preview.error && <p className="field-error">{preview.error.message}</p>}
      {preview.data && (
        <>
          {preview.data.warnings.map((w) => (
            <p key={`${w.field}/${w.id}`} className="banner banner-warn revert-warning" role="alert">
              {w.field} will point at {w.type} “{w.id}”, which no longer exists.
            </p>
          ))}
          <div className="revert-preview">
            <ChangeTable changes={preview.data.changes} fromLabel="Now" toLabel="After revert" />
          </div>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
