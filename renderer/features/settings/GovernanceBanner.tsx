/** Tells what limits the workspace: a broken configuration (read-only), a locked or unprotected encryption key. */
import { useApi } from '../../api/useApi';

export function GovernanceBanner() {
  const state = useApi('settings.governance', {}, 'governance');
  const s = state.data;
  if (!s) return null;
  return (
    <>
      {s.readOnly && (
        <div className="banner banner-warn" role="alert">
          <div>
            <strong>Read-only:</strong> the configuration {s.configFile ? <span className="mono">{s.configFile}</span> : null} is broken.
            <ul className="config-problems">
              {s.configProblems.map((p, i) => (
                <li key={i}>
                  {p.line ? `line ${p.line}: ` : ''}
                  {p.path ? <span className="mono">{p.path}</span> : null} {p.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {s.key.warning && (
        <div className="banner banner-warn" role="status">
          <span>
            <strong>{s.key.available ? 'Encryption key unprotected:' : 'Encrypted fields locked:'}</strong> {s.key.warning}
          </span>
        </div>
      )}
    </>
  );
}
