/**
 * Quick create: a name and (for people and organizations) an email. The zod schema checks
 * the form in the browser; errors the main process finds are shown on the same fields.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Entity } from '../../../shared/entity';
import { StudioError } from '../../../shared/errors';
import { api } from '../../api/client';
import { Modal } from '../../components/Modal';

const QuickCreateSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(500, 'Keep the name under 500 characters'),
  email: z.union([z.literal(''), z.email('Enter a valid email address, like jane@example.com')]),
});
type QuickCreate = z.infer<typeof QuickCreateSchema>;
type FieldName = keyof QuickCreate;

const HAS_EMAIL = new Set(['Person', 'Organization']);

export function NewEntityDialog(props: { type: string; onClose: () => void; onCreated: (entity: Entity) => void }) {
  const form = useForm<QuickCreate>({ resolver: zodResolver(QuickCreateSchema), defaultValues: { name: '', email: '' } });
  const [failure, setFailure] = useState<string>();
  const withEmail = HAS_EMAIL.has(props.type);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    const data: Record<string, unknown> = { name: values.name };
    if (withEmail && values.email) data.email = values.email;
    try {
      props.onCreated(await api().invoke('entities.create', { type: props.type, data }));
    } catch (error) {
      showServerError(error);
    }
  });

  function showServerError(error: unknown): void {
    if (!(error instanceof StudioError)) return setFailure(String(error));
    let placed = false;
    for (const issue of error.issues ?? []) {
      const field = issue.path[issue.path.length - 1];
      if (field === 'name' || field === 'email') {
        form.setError(field as FieldName, { message: issue.message });
        placed = true;
      }
    }
    if (!placed) setFailure(error.message);
  }

  return (
    <Modal
      title={`New ${props.type}`}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
            Create
          </button>
        </>
      }
    >
      {failure && (
        <div className="banner-error" role="alert" style={{ marginBottom: 12 }}>
          {failure}
        </div>
      )}
      <div className="field">
        <label htmlFor="new-name">Name</label>
        <input id="new-name" className="input" autoFocus aria-invalid={Boolean(errors.name)} aria-describedby="new-name-error" {...form.register('name')} />
        {errors.name && <span id="new-name-error" className="field-error">{errors.name.message}</span>}
      </div>
      {withEmail && (
        <div className="field">
          <label htmlFor="new-email">Email</label>
          <input id="new-email" className="input" type="email" aria-invalid={Boolean(errors.email)} aria-describedby="new-email-error" {...form.register('email')} />
          {errors.email ? (
            <span id="new-email-error" className="field-error">{errors.email.message}</span>
          ) : (
            <span className="field-hint">Optional.</span>
          )}
        </div>
      )}
    </Modal>
  );
}
