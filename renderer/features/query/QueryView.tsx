/**
 * The visual query builder: pick a type, build nested AND/OR conditions from its fields,
 * sort, limit and populate; the count and results follow every change. The same query shows
 * as JSON (editable, read back into the builder) and TypeScript, with explain and index
 * advice, and can be saved per tenant or reopened from recent runs.
 */
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useShell } from '../../app/useShell';
import type { StudioError } from '../../../shared/errors';
import { fromQueryJson } from '../../../shared/query/from-where';
import { emptyQuery, type GroupModel, type QueryModel } from '../../../shared/query/model';
import { toQueryJson } from '../../../shared/query/to-where';
import { CodePanel } from './CodePanel';
import { ExplainPanel } from './ExplainPanel';
import { GroupEditor } from './GroupEditor';
import { ResultsTable } from './ResultsTable';
import { SavedPanel, type OpenedQuery } from './SavedPanel';
import { SortEditor } from './SortEditor';
import { TypeSelect } from './TypeSelect';
import { useChannel } from './useChannel';

type Pane = 'results' | 'code' | 'explain';
const PANES: Array<[Pane, string]> = [
  ['results', 'Results'],
  ['code', 'JSON & TypeScript'],
  ['explain', 'Explain'],
];

export function QueryView(props: { initialType?: string }) {
  const shell = useShell();
  const [model, setModel] = useState<QueryModel>(() => emptyQuery(props.initialType ?? shell.types[0]?.type ?? 'Person'));
  const [pane, setPane] = useState<Pane>('results');
  const [recentTick, setRecentTick] = useState(0);
  const [opened, setOpened] = useState<string>();
  const fields = useChannel('query.fields', { type: model.type }, 0);
  const query = useMemo(() => toQueryJson(model), [model]);
  const run = useChannel('query.run', { type: model.type, ...query, limit: query.limit ?? 50 });
  const queried = useMemo(() => [...fieldsOf(model.where), ...model.orderBy.map((s) => s.field)].filter(Boolean), [model]);

  const runAndRecord = async () => {
    try {
      await api().invoke('query.run', { type: model.type, ...query, limit: query.limit ?? 50, record: true });
      setRecentTick((t) => t + 1);
      run.reload();
    } catch (e) {
      shell.notify({ text: (e as StudioError).message, tone: 'error' });
    }
  };
  const open = (q: OpenedQuery) => {
    const read = fromQueryJson(q.type, q.body);
    if (!read.ok) return shell.notify({ text: `This query cannot be shown in the builder: ${read.message}`, tone: 'error' });
    setModel(read.model);
    setOpened(q.name);
    setPane('results');
  };

  return (
    <div className="qb" aria-label="Query builder">
      <header className="qb-head">
        <h1>Query</h1>
        <TypeSelect value={model.type} onChange={(type) => (setModel(emptyQuery(type)), setOpened(undefined))} />
        {opened && <span className="chip">{opened}</span>}
        <span className="spacer" />
        <span className="count-pill qb-count" role="status" aria-live="polite">
          {run.error ? 'Query error' : run.data ? `${run.data.count.toLocaleString()} ${run.data.count === 1 ? 'result' : 'results'} · ${run.data.ms} ms` : 'Counting…'}
        </span>
        <button type="button" className="btn" onClick={() => (setModel(emptyQuery(model.type)), setOpened(undefined))}>
          New query
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void runAndRecord()}>
          Run
        </button>
      </header>
      <div className="qb-body">
        <div className="qb-main">
          {fields.error && <p className="banner banner-error">{fields.error.message}</p>}
          <GroupEditor root={model.where} fields={fields.data ?? []} onChange={(where: GroupModel) => setModel({ ...model, where })} />
          <SortEditor model={model} fields={fields.data ?? []} onChange={setModel} />
          {run.error && (
            <p className="banner banner-error" role="alert">
              {run.error.message}
            </p>
          )}
          <div className="qb-tabs" role="tablist" aria-label="Query views">
            {PANES.map(([id, label]) => (
              <button key={id} type="button" role="tab" aria-selected={pane === id} className={`qb-tab ${pane === id ? 'on' : ''}`} onClick={() => setPane(id)}>
                {label}
              </button>
            ))}
          </div>
          <div role="tabpanel" className="qb-pane">
            {pane === 'results' && <ResultsTable rows={(run.data?.items ?? []) as Array<Record<string, unknown>>} queried={queried} label="Query results" />}
            {pane === 'code' && <CodePanel model={model} onApply={setModel} />}
            {pane === 'explain' && <ExplainPanel type={model.type} query={query} />}
          </div>
        </div>
        <SavedPanel kind="find" type={model.type} body={query} onOpen={open} recentTick={recentTick} />
      </div>
    </div>
  );
}

function fieldsOf(group: GroupModel): string[] {
  return group.items.flatMap((item) => (item.kind === 'group' ? fieldsOf(item) : [item.field]));
}
