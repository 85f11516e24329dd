/** One NAICS code: its title, level and description, the codes above it from the sector down, and the codes below it. */
import { useId } from 'react';
import type { z } from 'zod';
import { useApi } from '../../api/useApi';
import { humanize } from '../../lib/labels';
import type { NaicsCodeSchema } from '../../../shared/channels/vocab';
import { CodeList } from './CodeList';
import { EntryHead } from './EntryHead';

type NaicsCode = z.infer<typeof NaicsCodeSchema>;

export function NaicsDetails(props: { code: NaicsCode; path: NaicsCode[]; onOpen: (code: string) => void }) {
  const headingId = useId();
  const { code } = props;
  const below = useApi('vocab.naics.children', { code: code.code }, code.code);
  const items = below.data?.path.at(-1)?.code === code.code ? below.data.items : undefined;
  const above = props.path.filter((c) => c.code !== code.code);
  return (
    <article className="vb-type" aria-labelledby={headingId}>
      <EntryHead headingId={headingId} code={code.code} title={code.title} badges={[{ label: humanize(code.levelName), title: 'NAICS level' }]} source="NAICS 2022" />
      {above.length > 0 && (
        <dl className="vb-facts">
          {above.map((c) => (
            <div key={c.code}>
              <dt>{humanize(c.levelName)}</dt>
              <dd>
                <button type="button" className="link-btn vb-code-link" onClick={() => props.onOpen(c.code)}>
                  <span className="vb-node-code">{c.code}</span>{' '}
                  {c.title}
                </button>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="vb-desc">{code.summary ?? 'NAICS 2022 gives no description of its own for this code.'}</p>
      {code.childCount > 0 && (
        <CodeList title={`Codes in ${code.code}`} items={items?.map((c) => ({ code: c.code, title: c.title, detail: humanize(c.levelName) }))} onOpen={props.onOpen} />
      )}
    </article>
  );
}
