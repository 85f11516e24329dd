/**
 * The "Import and export" view: import a file of any type, or export any type's entities that
 * match a filter. The type toolbar offers the same actions for the type on screen.
 */
import { useId, useMemo, useState } from 'react';
import { useShell } from '../../app/useShell';
import { ExportMenu } from './ExportMenu';
import { ImportButton } from './ImportButton';

function parseWhere(text: string): { where?: Record<string, unknown>; problem?: string } {
  if (!text.trim()) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'The filter must be a JSON object' };
    return { where: value as Record<string, unknown> };
  } catch (error) {
    return { problem: `The filter is not valid JSON: ${(error as Error).message}` };
  }
}

export function TransferView() {
  const shell = useShell();
  const ids = useId();
  const types = shell.types.map((t) => t.type);
  const [type, setType] = useState<string>('');
  const [whereText, setWhereText] = useState('');
  const [columnsText, setColumnsText] = useState('');
  const chosen = type || types[0] || '';
  const { where, problem } = useMemo(() => parseWhere(whereText), [whereText]);
  const columns = columnsText.split(',').map((c) => c.trim()).filter(Boolean);

  return (
    <div className="view transfer-view">
      <div className="toolbar">
        <h1>Import and export</h1>
      </div>
      <section className="transfer-section" aria-labelledby={`${ids}-import`}>
        <h2 id={`${ids}-import`}>Import</h2>
        <p className="muted">JSON, NDJSON, JSON-LD or CSV. Every row is validated with its type’s schema; rows with an existing $id update it.</p>
        <ImportButton
          types={types}
          onFinished={(s) => shell.notify({ text: `Import ${s.state}: ${s.created} created, ${s.updated} updated, ${s.rejected} rejected`, tone: s.state === 'done' ? 'info' : 'error' })}
        />
      </section>
      <section className="transfer-section" aria-labelledby={`${ids}-export`}>
        <h2 id={`${ids}-export`}>Export</h2>
        <div className="transfer-form">
          <label htmlFor={`${ids}-type`}>Type</label>
          <select id={`${ids}-type`} className="input" value={chosen} onChange={(e) => setType(e.target.value)}>
            {types.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-where`}>Filter (where)</label>
          <textarea id={`${ids}-where`} className="textarea mono" rows={3} value={whereText} onChange={(e) => setWhereText(e.target.value)} placeholder='{"worksFor.name": "Acme Inc"}' />
          <label htmlFor={`${ids}-columns`}>CSV columns</label>
          <input id={`${ids}-columns`} className="input" value={columnsText} onChange={(e) => setColumnsText(e.target.value)} placeholder="$id, name, email, worksFor.name (default: all)" />
        </div>
        {problem && (
          <div className="banner-error" role="alert">
            {problem}
          </div>
        )}
        {chosen && !problem && (
          <ExportMenu
            type={chosen}
            where={where}
            columns={columns.length ? columns : undefined}
            onDone={(text) => shell.notify({ text })}
            onError={(text) => shell.notify({ text, tone: 'error' })}
          />
        )}
      </section>
    </div>
  );
}
