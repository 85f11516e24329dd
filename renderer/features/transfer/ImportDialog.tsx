/**
 * The import dialog: choose a file, its format, the type and what to do with rejected rows;
 * for CSV, check the proposed column mapping; then watch the progress (counts, rate, time
 * left, cancel) and read the report of rejected rows.
 */
import { useId, useState } from 'react';
import type { ImportMode, ImportStatus, TransferFormat } from '../../../shared/channels/transfer';
import { Modal } from '../../components/Modal';
import { ImportProgress } from './ImportProgress';
import { MappingTable } from './MappingTable';
import { formatCount } from './progress-text';
import { RejectedRows } from './RejectedRows';
import { FORMAT_LABELS, FORMATS } from './transfer-formats';
import { formatOfFileName } from '../../../shared/channels/transfer';
import { useImport } from './useImport';

/** The dialog; `types` are offered as choices, `type` is preselected. */
export function ImportDialog(props: { type?: string; types?: string[]; onClose: () => void; onFinished?: (status: ImportStatus) => void }) {
  const imp = useImport();
  const ids = useId();
  const [file, setFile] = useState<File>();
  const [format, setFormat] = useState<TransferFormat>('csv');
  const [type, setType] = useState(props.type ?? '');
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [cancelling, setCancelling] = useState(false);
  const [problem, setProblem] = useState<string>();

  const close = (): void => {
    if (imp.phase === 'running') return;
    imp.discard();
    if (imp.status && imp.phase === 'finished') props.onFinished?.(imp.status);
    props.onClose();
  };
  const submit = (): void => {
    if (imp.phase === 'mapping') return imp.confirmMapping();
    if (imp.phase !== 'choose') return;
    if (!file) return setProblem('Choose a file to import.');
    if (format === 'csv' && !type.trim()) return setProblem('A CSV file needs the type of its rows.');
    setProblem(undefined);
    void imp.begin({ file, format, type: type.trim() || undefined, mode });
  };
  const cancel = (): void => {
    setCancelling(true);
    void imp.cancel().finally(() => setCancelling(false));
  };

  const footer = (
    <>
      {imp.phase === 'choose' && (
        <>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            {format === 'csv' ? 'Next: map columns' : 'Import'}
          </button>
        </>
      )}
      {imp.phase === 'uploading' && (
        <button type="button" className="btn" onClick={cancel}>
          Cancel upload
        </button>
      )}
      {imp.phase === 'mapping' && (
        <>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!imp.mapping.some((c) => c.property)}>
            Import
          </button>
        </>
      )}
      {imp.phase === 'finished' && (
        <button type="button" className="btn btn-primary" onClick={close}>
          Close
        </button>
      )}
    </>
  );

  return (
    <Modal title={imp.phase === 'mapping' ? `Map columns to ${type}` : 'Import'} onClose={close} onSubmit={submit} footer={footer}>
      {(problem ?? imp.error) && (
        <div className="banner-error" role="alert">
          {problem ?? imp.error?.message}
        </div>
      )}
      {imp.phase === 'choose' && (
        <div className="transfer-form">
          <label htmlFor={`${ids}-file`}>File</label>
          <input
            id={`${ids}-file`}
            type="file"
            className="input"
            accept=".csv,.json,.ndjson,.jsonl,.jsonld,application/json,text/csv,application/ld+json"
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              setFile(chosen);
              const detected = chosen ? formatOfFileName(chosen.name) : undefined;
              if (detected) setFormat(detected);
            }}
          />
          <label htmlFor={`${ids}-format`}>Format</label>
          <select id={`${ids}-format`} className="input" value={format} onChange={(e) => setFormat(e.target.value as TransferFormat)}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-type`}>Type</label>
          <input id={`${ids}-type`} className="input" list={`${ids}-types`} value={type} onChange={(e) => setType(e.target.value)} placeholder={format === 'csv' ? 'Person' : 'from each row’s $type / @type'} />
          <datalist id={`${ids}-types`}>
            {(props.types ?? []).map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <fieldset className="transfer-modes">
            <legend>If a row is rejected</legend>
            <label>
              <input type="radio" name={`${ids}-mode`} checked={mode === 'all-or-nothing'} onChange={() => setMode('all-or-nothing')} /> Import nothing (all or nothing); the report lists every rejected row
            </label>
            <label>
              <input type="radio" name={`${ids}-mode`} checked={mode === 'valid-rows'} onChange={() => setMode('valid-rows')} /> Import the valid rows and report the rejected ones
            </label>
          </fieldset>
          <p className="field-hint">Rows whose $id already exists update that entity. Nothing is sent anywhere: JSON-LD uses the schema.org context shipped with the app.</p>
        </div>
      )}
      {imp.phase === 'uploading' && (
        <div className="transfer-progress">
          <p>Reading {file?.name}…</p>
          <div className="progress-track" role="progressbar" aria-label="Upload progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(imp.uploaded * 100)}>
            <div className="progress-fill" style={{ width: `${Math.round(imp.uploaded * 100)}%` }} />
          </div>
        </div>
      )}
      {imp.phase === 'mapping' && imp.preview && (
        <div className="transfer-wide">
          <p className="field-hint">Each column was matched to a property of {type} from its header. Check the guesses; columns set to “do not import” are skipped.</p>
          <MappingTable type={type} columns={imp.mapping} targets={imp.preview.targets} onChange={imp.mapColumn} />
        </div>
      )}
      {imp.phase === 'running' && imp.status && <ImportProgress status={imp.status} onCancel={cancel} cancelling={cancelling} />}
      {imp.phase === 'finished' && imp.status && <ImportOutcome status={imp.status} />}
    </Modal>
  );
}

function ImportOutcome(props: { status: ImportStatus }) {
  const s = props.status;
  const counts = `${formatCount(s.read)} rows read: ${formatCount(s.created)} created, ${formatCount(s.updated)} updated, ${formatCount(s.rejected)} rejected.`;
  const headline =
    s.state === 'done'
      ? s.rejected > 0
        ? 'Imported the valid rows'
        : 'Import complete'
      : s.state === 'cancelled'
        ? s.committed
          ? 'Import cancelled: the rows written so far were kept'
          : 'Import cancelled: nothing was imported'
        : 'Import failed: nothing was imported';
  return (
    <div className={s.rejectedRows.length > 0 ? 'transfer-outcome transfer-wide' : 'transfer-outcome'} role="status">
      <h3>{headline}</h3>
      <p>{s.state === 'failed' && s.error ? s.error.message : counts}</p>
      {s.state === 'failed' && <p className="muted">{counts}</p>}
      <RejectedRows rows={s.rejectedRows} total={s.rejected} />
    </div>
  );
}
