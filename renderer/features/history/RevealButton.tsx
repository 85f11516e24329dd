/**
 * Reveals masked personal data on purpose: asks for a reason, calls `audit.reveal` (which the
 * main process records in the audit trail) and hands the values back. Nothing is revealed
 * without a reason.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';
import { ReasonField, useReasoned } from '../../components/ReasonField';
import { ModalActions } from '../../components/ModalActions';

export function RevealButton(props: { type: string; id: string; fields: string[]; label?: string; onRevealed: (values: Record<string, unknown>) => void }) {
  const [open, setOpen] = useState(false);
  const fields = props.fields.join(', ');
  const reveal = useReasoned(async (reason) => {
    const { values } = await api().invoke('audit.reveal', { type: props.type, id: props.id, fields: props.fields, reason });
    props.onRevealed(values);
    setOpen(false);
  }, 'Say why you need to see it (at least 3 characters).');

  return (
    <>
      <button type="button" className="btn btn-sm" onClick={() => setOpen(true)} aria-label={`Reveal ${fields}`}>
        {props.label ?? 'Reveal…'}
      </button>
      {open && (
        <Modal
          title={`Reveal ${fields}`}
          onClose={() => setOpen(false)}
          onSubmit={() => void reveal.submit()}
          footer={<ModalActions submitLabel="Reveal" disabled={reveal.busy} onCancel={() => setOpen(false)} />}
        >
          <p className="muted">Personal data is masked. Revealing it is recorded in this entity's history with your name and the reason.</p>
          <ReasonField {...reveal.field} placeholder="e.g. the customer called to confirm their e-mail address" />
        </Modal>
      )}
    </>
  );
}
