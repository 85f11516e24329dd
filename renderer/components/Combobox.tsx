/**
 * A search box with a list of suggestions (the ARIA combobox pattern): typing asks the owner
 * for options, ↑/↓ move through them, Enter picks, Escape closes. It fetches nothing itself.
 */
import { useId, useState, type ReactNode } from 'react';

/** One suggestion. */
export interface ComboOption {
  key: string;
  label: ReactNode;
  detail?: ReactNode;
  /** Options like "Create new …" are styled apart. */
  action?: boolean;
}

export function Combobox(props: {
  id?: string;
  label: string;
  placeholder?: string;
  query: string;
  onQuery: (query: string) => void;
  options: ComboOption[];
  onPick: (key: string) => void;
  loading?: boolean;
  emptyText?: string;
  invalid?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [cursor, setCursor] = useState(0);
  const shown = open && props.query.trim().length > 0;
  const at = Math.min(cursor, Math.max(props.options.length - 1, 0));

  const pick = (key: string | undefined): void => {
    if (key === undefined) return;
    setOpen(false);
    props.onPick(key);
  };

  const onKey = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const n = Math.max(props.options.length, 1);
      setCursor((at + (event.key === 'ArrowDown' ? 1 : -1) + n) % n);
    } else if (event.key === 'Enter' && shown) {
      event.preventDefault();
      pick(props.options[at]?.key);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="combo">
      <input
        id={props.id}
        className="input"
        role="combobox"
        aria-label={props.id ? undefined : props.label}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && props.options.length ? `${listId}-${at}` : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        autoComplete="off"
        autoFocus={props.autoFocus}
        placeholder={props.placeholder}
        value={props.query}
        onChange={(e) => {
          props.onQuery(e.target.value);
          setOpen(true);
          setCursor(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      <ul id={listId} role="listbox" aria-label={`${props.label} suggestions`} className="combo-list" hidden={!shown}>
        {shown &&
          props.options.map((o, i) => (
            <li
              key={o.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === at}
              className={`combo-option ${o.action ? 'combo-action' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setCursor(i)}
              onClick={() => pick(o.key)}
            >
              <span className="combo-label">{o.label}</span>
              {o.detail && <span className="combo-detail">{o.detail}</span>}
            </li>
          ))}
        {shown && props.options.length === 0 && (
          <li className="combo-empty" role="presentation">
            {props.loading ? 'Searching…' : (props.emptyText ?? 'No matches')}
          </li>
        )}
      </ul>
    </div>
  );
}
