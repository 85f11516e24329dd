/**
 * The aggregation builder: a pipeline edited stage by stage, the output of any stage as a
 * table (and as a chart when it is grouped), exported as CSV, shown as JSON and TypeScript,
 * saved per tenant. Stages run in the main process engine (`query.aggregate`).
 */
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useShell } from '../../app/useShell';
import type { StudioError } from '../../../shared/errors';
import { pipelineToTypeScript } from '../../../shared/query/to-typescript';
import { CopyButton } from './CopyButton';
import { downloadCsv } from './download';
import { ResultChart } from './ResultChart';
import { ResultsTable } from './ResultsTable';
import { SavedPanel, type OpenedQuery } from './SavedPanel';
import { StageCard } from './StageCard';
import { fieldsBeforeStages } from './stage-fields';
import { STAGE_KINDS, formToStage, newStage, stageToForm, type StageForm } from './stage-model';
import { TypeSelect } from './TypeSelect';
import { useChannel } from './useChannel';

export function AggregationView(props: { initialType?: string }) {
  const shell = useShell();
  const [type, setType] = useState(props.initialType ?? shell.types.find((t) => t.type === 'Metric')?.type ?? shell.types[0]?.type ?? 'Metric');
  const [forms, setForms] = useState<StageForm[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [recentTick, setRecentTick] = useState(0);
  const fields = useChannel('query.fields', { type }, 0);
  const stageFields = useMemo(() => fieldsBeforeStages(forms, fields.data ?? []), [forms, fields.data]);
  const built = useMemo(() => buildPipeline(forms), [forms]);
  const upTo = selected === null ? forms.length : Math.min(selected + 1, forms.length);
  const prefix = built.ok ? built.pipeline.slice(0, upTo) : null;
  const result = useChannel('query.aggregate', prefix === null ? null : { type, pipeline: prefix, limit: 1000 });
  const rows = result.data?.rows ?? [];

  const setForm = (i: number, form: StageForm) => setForms(forms.map((f, j) => (j === i ? form : f)));
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= forms.length) return;
    const next = [...forms];
    [next[i], next[j]] = [next[j]!, next[i]!];
    setForms(next);
  };
  const open = (q: OpenedQuery) => {
    if (!Array.isArray(q.body)) return shell.notify({ text: 'This saved query is not a pipeline', tone: 'error' });
    setType(q.type);
    setForms((q.body as Array<Record<string, unknown>>).map(stageToForm));
    setSelected(null);
  };
  const run = async () => {
    if (!built.ok) return;
    try {
      await api().invoke('query.aggregate', { type, pipeline: built.pipeline, limit: 1, record: true });
      setRecentTick((t) => t + 1);
    } catch (e) {
      shell.notify({ text: (e as StudioError).message, tone: 'error' });
    }
  };

  return (
    <div className="qb" aria-label="Aggregation builder">
      <header className="qb-head">
        <h1>Aggregation</h1>
        <TypeSelect value={type} onChange={(t) => (setType(t), setForms([]), setSelected(null))} />
        <span className="spacer" />
        <span className="count-pill qb-count" role="status" aria-live="polite">
          {result.error ? 'Pipeline error' : result.data ? `${result.data.total.toLocaleString()} rows after stage ${upTo} · ${result.data.ms} ms` : forms.length ? 'Running…' : 'No stages'}
        </span>
        <button type="button" className="btn btn-primary" disabled={!built.ok || forms.length === 0} onClick={() => void run()}>
          Run
        </button>
      </header>
      <div className="qb-body">
        <div className="qb-main">
          {forms.length === 0 && <p className="muted">Add stages to build a pipeline over {type}. Each stage works on the output of the one before.</p>}
          {forms.map((form, i) => (
            <StageCard
              key={i}
              index={i}
              form={form}
              fields={stageFields[i] ?? []}
              selected={(selected ?? forms.length - 1) === i}
              onChange={(f) => setForm(i, f)}
              onSelect={() => setSelected(i)}
              onRemove={() => (setForms(forms.filter((_, j) => j !== i)), setSelected(null))}
              onMove={(by) => move(i, by)}
            />
          ))}
          <label className="ag-add">
            <span className="qb-option-label">Add stage</span>
            <select
              className="input input-sm"
              aria-label="Add stage"
              value=""
              onChange={(e) => {
                if (!e.target.value) return;
                setForms([...forms, newStage(e.target.value as (typeof STAGE_KINDS)[number])]);
                setSelected(null);
              }}
            >
              <option value="">choose a stage…</option>
              {STAGE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          {!built.ok && <p className="banner banner-error">{built.message}</p>}
          {result.error && (
            <p className="banner banner-error" role="alert">
              {result.error.message}
            </p>
          )}
          {forms.length > 0 && (
            <section className="ag-output" aria-label={`Output of stage ${upTo}`}>
              <div className="qb-code-head">
                <h2>Output of stage {upTo}</h2>
                <span className="spacer" />
                <button type="button" className="btn btn-sm" disabled={rows.length === 0} onClick={() => downloadCsv(`${type}-stage-${upTo}.csv`, rows)}>
                  Export CSV
                </button>
              </div>
              <ResultChart rows={rows} />
              <ResultsTable rows={rows} label={`Rows after stage ${upTo}`} />
            </section>
          )}
          {built.ok && forms.length > 0 && (
            <details className="ag-code">
              <summary>Pipeline as JSON and TypeScript</summary>
              <div className="qb-code-head">
                <span className="spacer" />
                <CopyButton text={JSON.stringify(built.pipeline, null, 2)} label="Copy JSON" />
                <CopyButton text={pipelineToTypeScript(type, built.pipeline)} label="Copy TypeScript" />
              </div>
              <pre className="mono qb-ts" aria-label="Pipeline JSON">
                {JSON.stringify(built.pipeline, null, 2)}
              </pre>
              <pre className="mono qb-ts" aria-label="Pipeline TypeScript">
                {pipelineToTypeScript(type, built.pipeline)}
              </pre>
            </details>
          )}
        </div>
        <SavedPanel kind="aggregate" type={type} body={built.ok ? built.pipeline : []} onOpen={open} recentTick={recentTick} />
      </div>
    </div>
  );
}

function buildPipeline(forms: readonly StageForm[]): { ok: true; pipeline: Array<Record<string, unknown>> } | { ok: false; message: string } {
  try {
    return { ok: true, pipeline: forms.map(formToStage) };
  } catch (e) {
    return { ok: false, message: `A JSON stage does not parse: ${(e as Error).message}` };
  }
}
