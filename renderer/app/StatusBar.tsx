/** The bottom line: which database is open, how the app runs, and the theme switch. */
import { useApi } from '../api/useApi';
import type { ThemeChoice } from './useTheme';

const THEME_LABEL: Record<ThemeChoice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

export function StatusBar(props: { theme: ThemeChoice; onTheme: () => void }) {
  const info = useApi('app.info', {}, 'info');
  return (
    <footer className="statusbar" aria-label="Status">
      {info.data ? (
        <>
          <span>
            <span className="dot" aria-hidden="true" />
            {info.data.mode === 'server' ? 'Server mode' : 'Desktop'}
          </span>
          <span className="statusbar-db" title={info.data.database}>
            Database: {info.data.database}
          </span>
          <span>SQLite {info.data.sqliteVersion}</span>
        </>
      ) : info.error ? (
        <span role="alert">Not connected: {info.error.message}</span>
      ) : (
        <span>Connecting…</span>
      )}
      <span className="statusbar-end">
        <span className="kbd-hint">
          <kbd>Ctrl</kbd>
          <kbd>K</kbd> commands
        </span>
        <button type="button" className="statusbar-btn" onClick={props.onTheme} title="Switch between system, light and dark">
          {THEME_LABEL[props.theme]}
        </button>
        {info.data && (
          <span>
            {info.data.name} {info.data.version}
          </span>
        )}
      </span>
    </footer>
  );
}
