/**
 * The "Reason" box of a dialog whose action is recorded with a reason (reveal, erase), with its
 * error below it, and `useReasoned`, the state such a dialog keeps: nothing runs without a reason.
 */
import { useId, useState } from 'react';
import type { StudioError } from '../../shared/errors';

export function ReasonField(props: { value: string; onChange: (reason: string) => void; error: string | undefined; placeholder: string }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="field-label">
        Reason
      </label>
      <textarea id={id} className="input textarea" rows={3} value={props.value} autoFocus onChange={(e) => props.onChange(e.target.value)} placeholder={props.placeholder} />
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </>
  );
}

/** The reason, the error and the busy flag of a reasoned action; `submit` refuses a reason under 3 characters with `tooShort`. */
export function useReasoned(action: (reason: string) => Promise<void>, tooShort: string) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    if (reason.trim().length < 3) return setError(tooShort);
    setBusy(true);
    try {
      await action(reason.trim());
      setReason('');
    } catch (e) {
      setError((e as StudioError).message);
    } finally {
      setBusy(false);
    }
  };
  const field = {
    value: reason,
    error,
    onChange: (next: string) => {
      setReason(next);
      setError(undefined);
    },
  };
  return { busy, submit, field };
}
