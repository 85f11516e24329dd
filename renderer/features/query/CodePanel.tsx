/**
 * The query as code: JSON in the `where` syntax (editable: Apply reads it back into the
 * builder, or says what the builder cannot show) and TypeScript (`await db.list(...)`).
 */
import { useEffect, useState } from 'react';
import { fromJsonText } from '../../../shared/query/from-where';
import type { QueryModel } from '../../../shared/query/model';
import { toJsonText } from '../../../shared/query/to-where';
import { toTypeScript } from '../../../shared/query/to-typescript';
import { CopyButton } from './CopyButton';

export function CodePanel(props: { model: QueryModel; onApply: (model: QueryModel) => void }) {
  const json = toJsonText(props.model);
  const [text, setText] = useState(json);
  const [problem, setProblem] = useState<string>();
  // The builder changed: show its JSON unless the user is mid-edit of a different text.
  useEffect(() => {
    setText(json);
    setProblem(undefined);
  }, [json]);
  const ts = toTypeScript(props.model);
  const apply = () => {
    const read = fromJsonText(props.model.type, text);
    if (read.ok) props.onApply(read.model);
    else setProblem(read.path ? `${read.path}: ${read.message}` : read.message);
  };
  return (
    <div className="qb-code">
      <section aria-label="JSON">
        <div className="qb-code-head">
          <h3>JSON</h3>
          <span className="spacer" />
          <CopyButton text={text} label="Copy JSON" />
          <button type="button" className="btn btn-sm btn-primary" disabled={text === json} onClick={apply}>
            Apply to builder
          </button>
        </div>
        <textarea className="textarea mono qb-json" aria-label="Query JSON" spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} rows={Math.min(18, text.split('\n').length + 1)} />
        {problem && (
          <p className="banner banner-warn" role="alert">
            {problem}
          </p>
        )}
      </section>
      <section aria-label="TypeScript">
        <div className="qb-code-head">
          <h3>TypeScript</h3>
          <span className="spacer" />
          <CopyButton text={ts} label="Copy TypeScript" />
        </div>
        <pre className="mono qb-ts" aria-label="Query TypeScript">
          {ts}
        </pre>
      </section>
    </div>
  );
}
