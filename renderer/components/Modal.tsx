/** A modal dialog on the native <dialog> element: focus trap, Escape asks to close, labelled by its title. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Modal(props: { title: string; onClose: () => void; children: ReactNode; footer: ReactNode; onSubmit?: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onClose={props.onClose}
      onCancel={(event) => {
        // Escape asks the owner, which closes the dialog by unmounting it; the browser must not hide it
        // meanwhile, or a dialog that stays (a running import) would vanish while still mounted.
        event.preventDefault();
        props.onClose();
      }}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit?.();
        }}
      >
        <div className="modal-head">
          <h2 id={titleId}>{props.title}</h2>
        </div>
        <div className="modal-body">{props.children}</div>
        <div className="modal-foot">{props.footer}</div>
      </form>
    </dialog>
  );
}
