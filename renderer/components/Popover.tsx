/** A button that opens a panel beneath it; Escape or a click outside closes it and focus returns to the button. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function Popover(props: { label: ReactNode; title?: string; buttonClass?: string; align?: 'left' | 'right'; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent): void => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="popover-root" ref={root}>
      <button ref={button} type="button" className={props.buttonClass ?? 'btn'} aria-expanded={open} aria-controls={id} title={props.title} onClick={() => setOpen((o) => !o)}>
        {props.label}
      </button>
      {open && (
        <div id={id} className={`popover popover-${props.align ?? 'right'}`} role="dialog" aria-label={typeof props.label === 'string' ? props.label : props.title}>
          {props.children(close)}
        </div>
      )}
    </div>
  );
}
