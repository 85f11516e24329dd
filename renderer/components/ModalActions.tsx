/** The footer most dialogs need: Cancel, then the dialog's submit action (danger for destructive ones). */
export function ModalActions(props: { submitLabel: string; onCancel: () => void; tone?: 'primary' | 'danger'; disabled?: boolean }) {
  return (
    <>
      <button type="button" className="btn" onClick={props.onCancel}>
        Cancel
      </button>
      <button type="submit" className={props.tone === 'danger' ? 'btn btn-danger-solid' : 'btn btn-primary'} disabled={props.disabled}>
        {props.submitLabel}
      </button>
    </>
  );
}
