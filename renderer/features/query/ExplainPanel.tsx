/** Whether an index serves the query (SQLite's plan), and the index that would, created on request with timings. */
import { useState } from 'react';
import { api } from '../../api/client';
import type { Output } from '../../../shared/contract';
import type { StudioError } from '../../../shared/errors';
import type { QueryJson } from '../../../shared/query/model';
import { useChannel } from './useChannel';

type Created = Output<'query.createIndex'>;

export function ExplainPanel(props: { type: string; query: QueryJson }) {
  const input = { type: props.type, ...(props.query.where ? { where: props.query.where } : {}), ...(props.query.orderBy ? { orderBy: props.query.orderBy } : {}) };
  const explain = useChannel('query.explain', input, 300);
  const [created, setCreated] = useState<Created>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const data = explain.data;

  const create = async (fields: string[]) => {
    setBusy(true);
    setError(undefined);
    try {
      setCreated(await api().invoke('query.createIndex', { ...input, fields }));
      explain.reload();
    } catch (e) {
      setError((e as StudioError).message);
    } finally {
      setBusy(false);
    }
  };

  if (explain.error) return <p className="banner banner-error">{explain.error.message}</p>;
  if (!data) return <p className="muted">Explaining…</p>;
  return (
    <div className="qb-explain" aria-label="Explain">
      <p className={`qb-verdict ${data.usesIndex ? 'ok' : 'warn'}`} role="status">
        {data.usesIndex ? `An index serves this query: ${data.indexes.filter((i) => i !== 'entities_type_id').join(', ')}.` : `No index serves this query: SQLite reads every ${props.type}.`}{' '}
        <span className="muted">First page in {data.ms} ms.</span>
      </p>
      {data.suggestion && (
        <div className="qb-suggestion">
          <p>{data.suggestion.reason}</p>
          <button type="button" className="btn btn-primary btn-sm" disabled={busy} onClick={() => void create(data.suggestion!.fields)}>
            {busy ? 'Creating index…' : `Create index on (${data.suggestion.fields.join(', ')})`}
          </button>
        </div>
      )}
      {error && <p className="banner banner-error">{error}</p>}
      {created && (
        <p className="qb-timing" role="status">
          Index created. Query time {created.before.ms} ms before, {created.after.ms} ms after{created.after.ms > 0 ? ` (${(created.before.ms / created.after.ms).toFixed(1)}× faster)` : ''}.
        </p>
      )}
      <h3>Query plan</h3>
      <ul className="mono qb-plan">
        {data.plan.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <details>
        <summary>SQL</summary>
        <pre className="mono qb-sql">{data.sql}</pre>
        <p className="muted mono">params: {JSON.stringify(data.params)}</p>
      </details>
    </div>
  );
}
