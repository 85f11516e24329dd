/**
 * The custom types: each with its parent, where its definition comes from (the database, a
 * shipped example, the workspace configuration), its stored version and who changed it last,
 * and its history. Definitions are changed with `types.define` (CLI: `semantic-studio types define`).
 */
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { TypeHistoryDialog } from './TypeHistoryDialog';
import './types.css';

const ORIGIN_LABEL = { database: 'stored', example: 'example', workspace: 'workspace' } as const;

export function CustomTypesPanel() {
  const types = useApi('types.list', {}, 'custom-types', ['types.changed']);
  const [history, setHistory] = useState<string | undefined>();
  return (
    <section className="settings-section" aria-label="Custom types">
      <h3>Custom types</h3>
      {types.error && <p className="banner-error">{types.error.message}</p>}
      {types.data && (
        <table className="settings-table custom-types">
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Extends</th>
              <th scope="col">Source</th>
              <th scope="col">Version</th>
              <th scope="col">Last change</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {types.data.map((t) => (
              <tr key={t.name}>
                <th scope="row">
                  {t.name}
                  {t.problem && (
                    <span className="badge badge-warn" title={t.problem}>
                      not in use
                    </span>
                  )}
                  {t.problem && <div className="field-hint">{t.problem}</div>}
                </th>
                <td>{t.extends}</td>
                <td>
                  <span className={`badge origin-${t.origin}`}>{ORIGIN_LABEL[t.origin]}</span>
                </td>
                <td className="mono">{t.version === null ? '—' : `v${t.version}`}</td>
                <td className="muted">{t.updatedAt ? `${t.updatedBy ?? '?'}, ${new Date(t.updatedAt).toLocaleString()}` : '—'}</td>
                <td>
                  {t.version !== null && (
                    <button type="button" className="btn btn-sm" aria-label={`History of ${t.name}`} onClick={() => setHistory(t.name)}>
                      History
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="field-hint">
        Define or change a type with <span className="mono">semantic-studio types define FILE.json</span> or the <span className="mono">types.define</span> channel; every version is kept.
      </p>
      {history && <TypeHistoryDialog name={history} onClose={() => setHistory(undefined)} />}
    </section>
  );
}
