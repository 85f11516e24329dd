/**
 * Erasure of a person's data (right to erasure): asks for a reason, says plainly that it cannot
 * be undone, then calls `entities.erase`, which removes the entity for good and redacts every
 * value of it from the history. Nothing is erased without a reason.
 */
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { ReasonField, useReasoned } from '../../components/ReasonField';
import { ModalActions } from '../../components/ModalActions';

export function EraseDialog(props: { type: string; id: string; name: string; onClose: () => void; onErased: (redacted: number) => void }) {
  const erase = useReasoned(async (reason) => {
    const { auditEntriesRedacted } = await api().invoke('entities.erase', { type: props.type, id: props.id, reason });
    props.onErased(auditEntriesRedacted);
  }, 'Say why the data is erased (at least 3 characters).');

  return (
    <Modal title={`Erase ${props.name}?`} onClose={props.onClose} onSubmit={() => void erase.submit()} footer={<ModalActions submitLabel="Erase for good" tone="danger" disabled={erase.busy} onCancel={props.onClose} />}>
      <p className="banner banner-warn">This cannot be undone. There is no trash to restore it from.</p>
      <p className="muted">
        The {props.type} is removed for good and every value it had is replaced by “[erased]” in its history. The history keeps who changed which field and when, and records this
        erasure with your name and the reason.
      </p>
      <ReasonField {...erase.field} placeholder="e.g. erasure request of 12 March, ticket 4711" />
    </Modal>
  );
}
