/** The "Reason" box of a dialog whose action is recorded with a reason (reveal, erase), with its error below it. */
import { useId } from 'react';

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
