/** What any screen may ask of the shell: open and close tabs, tell the user something, know the types present. */
import { createContext, useContext } from 'react';
import type { Tab } from './tabs';

/** A short message in the corner; `action` offers one follow-up (Undo, Open). */
export interface Notice {
  text: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
}

/** The shell's services. */
export interface Shell {
  open(tab: Tab): void;
  close(key: string): void;
  replace(key: string, tab: Tab): void;
  notify(notice: Notice): void;
  /** Entity types present in the store with their counts (empty until loaded); `tenantScoped` ones are counted per tenant. */
  types: { type: string; count: number; tenantScoped?: boolean }[];
  /** The tenant chosen in the switcher, if any. */
  tenant: string | undefined;
}

/** The shell's context; screens read it with `useShell`. */
export const ShellContext = createContext<Shell | null>(null);

/** The shell's services (outside a shell, in tests, a provider must supply them). */
export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell needs a ShellContext provider');
  return shell;
}
