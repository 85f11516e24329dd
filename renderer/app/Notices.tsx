/** Short notices in the bottom corner ("Saved", "Deleted · Undo"); they leave on their own after a while, errors when dismissed. */
import { useCallback, useRef, useState } from 'react';
import type { Notice } from './useShell';

interface Shown extends Notice {
  id: number;
}

const LIFETIME_MS = 6000;

/** The notice list and the functions that add and remove notices. */
export function useNotices(): { list: Shown[]; push: (notice: Notice) => void; dismiss: (id: number) => void } {
  const [list, setList] = useState<Shown[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setList((l) => l.filter((n) => n.id !== id)), []);
  const push = useCallback(
    (notice: Notice) => {
      const id = next.current++;
      setList((l) => [...l.slice(-3), { ...notice, id }]);
      // An error stays until dismissed: it names a file and what to do, more than a glance can read.
      if (notice.tone !== 'error') window.setTimeout(() => dismiss(id), LIFETIME_MS);
    },
    [dismiss],
  );
  return { list, push, dismiss };
}

/** The notices, announced politely to screen readers (errors assertively). */
export function Notices(props: { notices: Shown[]; onDismiss: (id: number) => void }) {
  return (
    <div className="notices" aria-live="polite">
      {props.notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone === 'error' ? 'notice-error' : ''}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          {n.action && (
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => {
                n.action?.run();
                props.onDismiss(n.id);
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" className="icon-btn" aria-label="Dismiss" onClick={() => props.onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
