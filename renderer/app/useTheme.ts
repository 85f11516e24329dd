/** Light, dark or the system's choice, kept across sessions; the stylesheet reads `data-theme` on <html>. */
import { useCallback, useEffect, useState } from 'react';

/** A theme choice. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'studio.theme';
const ORDER: ThemeChoice[] = ['system', 'light', 'dark'];

function stored(): ThemeChoice {
  const value = localStorage.getItem(KEY);
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The theme choice and a function that moves to the next one. */
export function useTheme(): { theme: ThemeChoice; cycle: () => void } {
  const [theme, setTheme] = useState<ThemeChoice>(stored);
  useEffect(() => {
    if (theme === 'system') {
      document.documentElement.removeAttribute('data-theme');
      localStorage.removeItem(KEY);
    } else {
      document.documentElement.dataset.theme = theme;
      localStorage.setItem(KEY, theme);
    }
  }, [theme]);
  const cycle = useCallback(() => setTheme((t) => ORDER[(ORDER.indexOf(t) + 1) % ORDER.length] ?? 'system'), []);
  return { theme, cycle };
}
