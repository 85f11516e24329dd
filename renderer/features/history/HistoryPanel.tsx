/**
 * The History tab of an entity: a timeline of versions with who and when, the changed fields
 * between any two versions (nested fields included), revert of the whole entity or of one
 * field with a confirmation, "who changed this field", and the entity's masked personal data
 * with a reveal action that asks for a reason.
 */
import { useMemo, useState } from 'react';
import { useApi } from '../../api/useApi';
import { useShell } from '../../app/useShell';
import type { AuditEntry } from '../../../shared/governance/audit-entry';
import { ChangeTable } from './ChangeTable';
import { FieldHistoryDialog } from './FieldHistoryDialog';
import { actionLabel, changesData, formatTime, originOf, pairFor, versionsOf } from './history-model';
import { MaskedFields } from './MaskedFields';
import { RevertDialog } from './RevertDialog';

type Pair = { from: number; to: number };

export function HistoryPanel(props: { type: string; id: string }) {
  const shell = useShell();
  const history = useApi('audit.history', { type: props.type, id: props.id, limit: 200 }, `${props.type}/${props.id}`, ['entities.changed']);
  const entries = useMemo(() => history.data?.entries ?? [], [history.data]);
  const versions = useMemo(() => versionsOf(entries), [entries]);
  const current = versions[0] ?? 0;
  const [picked, setPicked] = useState<Pair | undefined>();
  const pair: Pair = picked ?? { from: Math.max(0, current - 1), to: current };
  const [revert, setRevert] = useState<{ version: number; field?: string } | undefined>();
  const [fieldHistory, setFieldHistory] = useState<string | undefined>();
  const compareKey = `${props.id}/${pair.from}/${pair.to}/${entries[0]?.seq ?? 0}`;
  const compare = useApi('audit.compare', { type: props.type, id: props.id, from: Math.max(1, pair.from), to: Math.max(1, pair.to) }, compareKey);
  const created = entries.find((e) => e.version === pair.to && e.action === 'create');
  const changes = pair.from === 0 ? (created?.changes ?? []) : (compare.data?.changes ?? []);
  const label = (v: number) => (v === 0 ? 'Before' : `Version ${v}`);

  if (history.error) return <p className="banner-error">{history.error.message}</p>;
  if (!history.data) return <p className="muted">Loading history…</p>;

  const select = (entry: AuditEntry): void => {
    if (changesData(entry)) setPicked(pairFor(entry));
  };

  return (
    <section className="history" aria-label="History">
      <MaskedFields type={props.type} id={props.id} onRevealed={history.reload} />
      <div className="history-grid">
        <ol className="timeline" aria-label="Versions">
          {entries.map((entry) => {
            const active = changesData(entry) && entry.version === pair.to;
            return (
              <li key={entry.seq}>
                <button type="button" className={`timeline-item${active ? ' active' : ''}${entry.action === 'reveal' ? ' reveal' : ''}`} aria-pressed={active} onClick={() => select(entry)}>
                  <span className="timeline-head">
                    <span className={`badge action-${entry.action}`}>{actionLabel(entry.action)}</span>
                    {changesData(entry) && <span className="timeline-version">v{entry.version}</span>}
                    <span className="timeline-actor">{entry.actor}</span>
                  </span>
                  <span className="timeline-meta">
                    {formatTime(entry.timestamp)} · {originOf(entry)}
                  </span>
                  {entry.action === 'reveal' && <span className="timeline-reason">{entry.changes.map((c) => c.field).join(', ')}</span>}
                  {entry.reason && <span className="timeline-reason">“{entry.reason}”</span>}
                </button>
              </li>
            );
          })}
        </ol>
        <div className="history-detail">
          <div className="compare-bar">
            <label>
              Compare{' '}
              <select className="input input-sm input-narrow" aria-label="Older version" value={pair.from} onChange={(e) => setPicked({ ...pair, from: Number(e.target.value) })}>
                {[...versions, 0].map((v) => (
                  <option key={v} value={v}>
                    {label(v)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              with{' '}
              <select className="input input-sm input-narrow" aria-label="Newer version" value={pair.to} onChange={(e) => setPicked({ ...pair, to: Number(e.target.value) })}>
                {versions.map((v) => (
                  <option key={v} value={v}>
                    {label(v)}
                  </option>
                ))}
              </select>
            </label>
            <span className="spacer" />
            {pair.from >= 1 && pair.from !== current && (
              <button type="button" className="btn btn-sm" onClick={() => setRevert({ version: pair.from })}>
                Revert to version {pair.from}
              </button>
            )}
          </div>
          {compare.error && pair.from >= 1 && <p className="field-error">{compare.error.message}</p>}
          <ChangeTable
            changes={changes}
            fromLabel={label(pair.from)}
            toLabel={label(pair.to)}
            onFieldHistory={setFieldHistory}
            {...(pair.from >= 1 && pair.from !== current ? { onRevertField: (field: string) => setRevert({ version: pair.from, field }) } : {})}
          />
        </div>
      </div>
      {revert && (
        <RevertDialog
          type={props.type}
          id={props.id}
          version={revert.version}
          field={revert.field}
          currentVersion={current}
          onClose={() => setRevert(undefined)}
          onDone={() => {
            setRevert(undefined);
            setPicked(undefined);
            history.reload();
            shell.notify({ text: revert.field ? `${revert.field} reverted to version ${revert.version}` : `Reverted to version ${revert.version}` });
          }}
        />
      )}
      {fieldHistory && <FieldHistoryDialog type={props.type} id={props.id} field={fieldHistory} onClose={() => setFieldHistory(undefined)} />}
    </section>
  );
}
