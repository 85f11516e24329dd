/** The bottom line: which database is open and how the app runs. */
import { useApi } from '../api/useApi';

export function StatusBar() {
  const info = useApi('app.info', {}, 'info');
  return (
    <footer className="statusbar" aria-label="Status">
      {info.data ? (
        <>
          <span>
            <span className="dot" aria-hidden="true" />
            {info.data.mode === 'server' ? 'Server mode' : 'Desktop'}
          </span>
          <span title={info.data.database}>Database: {info.data.database}</span>
          <span>SQLite {info.data.sqliteVersion}</span>
          <span style={{ marginLeft: 'auto' }}>
            {info.data.name} {info.data.version}
          </span>
        </>
      ) : info.error ? (
        <span role="alert">Not connected: {info.error.message}</span>
      ) : (
        <span>Connecting…</span>
      )}
    </footer>
  );
}
