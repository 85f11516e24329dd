/** The conflict view: the stored version moved on; each differing field side by side, and keep mine or take theirs. */
import type { Conflict } from './useEditorActions';
import { diffEntities, diffText } from './diff';
import { toFormValues } from './form-values';
import { pathLabel } from '../../lib/labels';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function ConflictView(props: { conflict: Conflict; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { mine, theirs } = props.conflict;
  const diffs = diffEntities(mine, toFormValues(theirs));
  const stamp = typeof theirs.$updatedAt === 'string' ? when.format(Date.parse(theirs.$updatedAt)) : undefined;
  return (
    <section className="conflict" aria-labelledby="conflict-title" role="region">
      <div className="conflict-head">
        <div>
          <h2 id="conflict-title">Changed elsewhere — not saved</h2>
          <p className="muted">
            Version {theirs.$version} was stored{stamp ? ` at ${stamp}` : ''} while you edited. Choose which to keep; nothing is overwritten until you do.
          </p>
        </div>
        <div className="conflict-actions">
          <button type="button" className="btn" onClick={props.onTakeTheirs}>
            Take theirs
          </button>
          <button type="button" className="btn btn-primary" onClick={props.onKeepMine}>
            Keep mine
          </button>
        </div>
      </div>
      <table className="diff">
        <caption className="sr-only">Fields that differ</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Mine</th>
            <th scope="col">Theirs (stored)</th>
          </tr>
        </thead>
        <tbody>
          {diffs.map((d) => (
            <tr key={d.path}>
              <th scope="row">{pathLabel(d.path.replace(/\[(\d+)\]/g, '.$1'))}</th>
              <td className={d.mine === undefined ? 'diff-none' : 'diff-mine'}>{diffText(d.mine)}</td>
              <td className={d.theirs === undefined ? 'diff-none' : 'diff-theirs'}>{diffText(d.theirs)}</td>
            </tr>
          ))}
          {diffs.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                The versions hold the same values; keeping yours only bumps the version.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
