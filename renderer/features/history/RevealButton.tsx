/**
 * Reveals masked personal data on purpose: asks for a reason, calls `audit.reveal` (which the
 * main process records in the audit trail) and hands the values back. Nothing is revealed
 * without a reason.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { ReasonField } from '../../components/ReasonField';
import { ModalActions } from '../../components/ModalActions';
import type { StudioError } from '../../../shared/errors';

export function RevealButton(props: { type: string; id: string; fields: string[]; label?: string; onRevealed: (values: Record<string, unknown>) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const fields = props.fields.join(', ');

  const submit = async (): Promise<void> => {
    if (reason.trim().length < 3) {
      setError('Say why you need to see it (at least 3 characters).');
      return;
    }
    setBusy(true);
    try {
      const { values } = await api().invoke('audit.reveal', { type: props.type, id: props.id, fields: props.fields, reason: reason.trim() });
      props.onRevealed(values);
      setOpen(false);
      setReason('');
    } catch (e) {
      setError((e as StudioError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="btn btn-sm" onClick={() => setOpen(true)} aria-label={`Reveal ${fields}`}>
        {props.label ?? 'Reveal…'}
      </button>
      {open && (
        <Modal
          title={`Reveal ${fields}`}
          onClose={() => setOpen(false)}
          onSubmit={() => void submit()}
          footer={<ModalActions submitLabel="Reveal" disabled={busy} onCancel={() => setOpen(false)} />}
        >
          <p className="muted">Personal data is masked. Revealing it is recorded in this entity's history with your name and the reason.</p>
          <ReasonField
            value={reason}
            onChange={(next) => {
              setReason(next);
              setError(undefined);
            }}
            error={error}
            placeholder="e.g. the customer called to confirm their e-mail address"
          />
        </Modal>
      )}
    </>
  );
}
