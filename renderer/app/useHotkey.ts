/** A window-wide keyboard shortcut such as `mod+k` (mod is Cmd on macOS, Ctrl elsewhere). */
import { useEffect, useRef } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** True when a key event matches a combination like `mod+s`, `mod+shift+k` or `alt+arrowright`. */
export function matchesHotkey(event: KeyboardEvent, combo: string): boolean {
  const parts = combo.toLowerCase().split('+');
  const key = parts.pop();
  const mod = parts.includes('mod');
  return (
    event.key.toLowerCase() === key &&
    (isMac ? event.metaKey : event.ctrlKey) === mod &&
    event.shiftKey === parts.includes('shift') &&
    event.altKey === parts.includes('alt')
  );
}

/** Runs `handler` on `combo` while the component is mounted and `enabled`. */
export function useHotkey(combo: string, handler: (event: KeyboardEvent) => void, enabled = true): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent): void => {
      if (matchesHotkey(event, combo)) {
        event.preventDefault();
        ref.current(event);
      }
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [combo, enabled]);
}
