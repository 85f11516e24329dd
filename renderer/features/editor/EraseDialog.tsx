/**
 * Erasure of a person's data (right to erasure): asks for a reason, says plainly that it cannot
 * be undone, then calls `entities.erase`, which removes the entity for good and redacts every
 * value of it from the history. Nothing is erased without a reason.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { ReasonField } from '../../components/ReasonField';
import { ModalActions } from '../../components/ModalActions';
import type { StudioError } from '../../../shared/errors';

export function EraseDialog(props: { type: string; id: string; name: string; onClose: () => void; onErased: (redacted: number) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    if (reason.trim().length < 3) {
      setError('Say why the data is erased (at least 3 characters).');
      return;
    }
    setBusy(true);
    try {
      const { auditEntriesRedacted } = await api().invoke('entities.erase', { type: props.type, id: props.id, reason: reason.trim() });
      props.onErased(auditEntriesRedacted);
    } catch (e) {
      setError((e as StudioError).message);
      setBusy(false);
    }
  };

  return (
    <Modal title={`Erase ${props.name}?`} onClose={props.onClose} onSubmit={() => void submit()} footer={<ModalActions submitLabel="Erase for good" tone="danger" disabled={busy} onCancel={props.onClose} />}>
      <p className="banner banner-warn">This cannot be undone. There is no trash to restore it from.</p>
      <p className="muted">
        The {props.type} is removed for good and every value it had is replaced by “[erased]” in its history. The history keeps who changed which field and when, and records this
        erasure with your name and the reason.
      </p>
      <ReasonField
        value={reason}
        onChange={(next) => {
          setReason(next);
          setError(undefined);
        }}
        error={error}
        placeholder="e.g. erasure request of 12 March, ticket 4711"
      />
    </Modal>
  );
}
