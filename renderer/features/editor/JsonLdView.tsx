/**
 * The entity as JSON-LD (with `@context`), editable: "Apply" checks the text with the same
 * schema as the form and, when it passes, puts it into the form (Save stores it as usual).
 */
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { formatPath, type FieldIssue } from '../../../shared/errors';
import { useVocab } from '../../api/useVocab';
import { validateEntity } from './entity-resolver';
import { pruneEmpty } from './form-values';
import { fromJsonLd, toJsonLd } from './json-ld';

export function JsonLdView(props: { type: string; id: string | undefined }) {
  const { cache } = useVocab();
  const form = useFormContext();
  const values = useWatch({ control: form.control }) as Record<string, unknown>;
  const current = JSON.stringify(toJsonLd(props.type, props.id, pruneEmpty(values) as Record<string, unknown>), null, 2);
  const [draft, setDraft] = useState<string>();
  const [problems, setProblems] = useState<FieldIssue[]>([]);
  const [note, setNote] = useState<string>();
  const text = draft ?? current;

  const apply = async (): Promise<void> => {
    setNote(undefined);
    const read = fromJsonLd(text, props.type, props.id);
    if (!read.ok) return setProblems([{ path: [], message: read.message }]);
    await cache.ensure(props.type, read.values);
    const checked = validateEntity(cache, props.type, read.values);
    if (!checked.ok) return setProblems(checked.issues);
    setProblems([]);
    setDraft(undefined);
    form.reset(read.values, { keepDefaultValues: true });
    setNote('Applied to the form. Save to store it.');
  };

  return (
    <div className="jsonld">
      <label htmlFor={`jsonld-${props.id ?? 'new'}`} className="field-label">
        JSON-LD
      </label>
      <textarea
        id={`jsonld-${props.id ?? 'new'}`}
        className="input textarea code"
        spellCheck={false}
        rows={Math.min(30, Math.max(10, text.split('\n').length + 1))}
        value={text}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length ? 'jsonld-problems' : undefined}
        onChange={(e) => setDraft(e.target.value)}
      />
      {problems.length > 0 && (
        <ul id="jsonld-problems" className="banner-error issue-list" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p.path.length ? `${formatPath(p.path)}: ${p.message}` : p.message}</li>
          ))}
        </ul>
      )}
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
      <div className="jsonld-actions">
        <button type="button" className="btn" disabled={draft === undefined} onClick={() => (setDraft(undefined), setProblems([]))}>
          Revert text
        </button>
        <button type="button" className="btn btn-primary" disabled={draft === undefined} onClick={() => void apply()}>
          Apply to form
        </button>
      </div>
    </div>
  );
}
