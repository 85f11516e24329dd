/**
 * One O*NET entry: an occupation (description, SOC code, major group, sibling specialties), or
 * a major group or SOC code with the entries below it.
 */
import { useId } from 'react';
import { useApi } from '../../api/useApi';
import { looksLikeCode } from '../../../shared/vocab/codes';
import { Breadcrumb } from './Breadcrumb';
import { CodeList } from './CodeList';
import { EntryHead } from './EntryHead';
import type { Flag } from './property-model';
import { onetPath } from './tree-nodes';

export function OnetDetails(props: { code: string; titleOf: (code: string) => string | undefined; onOpen: (code: string) => void }) {
  return looksLikeCode('onet', props.code) ? <Occupation {...props} /> : <OnetGroup {...props} />;
}

function Occupation(props: { code: string; onOpen: (code: string) => void }) {
  const headingId = useId();
  const got = useApi('vocab.onet.get', { code: props.code }, props.code);
  if (got.error) return <p className="banner banner-error">{got.error.message}</p>;
  const info = got.data?.occupation.code === props.code ? got.data : undefined;
  if (!info) return <p className="muted vb-loading">Loading {props.code}…</p>;
  const { occupation } = info;
  return (
    <article className="vb-type" aria-labelledby={headingId}>
      <EntryHead
        headingId={headingId}
        code={occupation.code}
        title={occupation.title}
        badges={occupationBadges(occupation.dataLevel)}
        source="O*NET 30.1"
        path={
          <Breadcrumb
            label="O*NET path"
            steps={[
              { key: occupation.majorGroup, label: `${occupation.majorGroup} ${info.majorGroupTitle}` },
              { key: occupation.soc, label: `${occupation.soc} ${info.socTitle}` },
            ]}
            current={occupation.code}
            onOpen={props.onOpen}
          />
        }
      />
      <p className="vb-desc">{occupation.description}</p>
      {info.related.length > 0 && (
        <CodeList title={`Other occupations in ${occupation.soc}`} items={info.related.map((r) => ({ code: r.code, title: r.title }))} onOpen={props.onOpen} />
      )}
    </article>
  );
}

function OnetGroup(props: { code: string; titleOf: (code: string) => string | undefined; onOpen: (code: string) => void }) {
  const headingId = useId();
  const below = useApi('vocab.onet.children', { code: props.code }, props.code);
  const path = onetPath(props.code);
  const major = path.length === 1;
  const items = below.data?.items.every((i) => i.code.startsWith(props.code)) ? below.data.items : undefined;
  return (
    <article className="vb-type" aria-labelledby={headingId}>
      <EntryHead
        headingId={headingId}
        code={props.code}
        title={props.titleOf(props.code) ?? props.code}
        badges={[{ label: major ? 'Major group' : 'SOC code', title: 'O*NET-SOC level' }]}
        source="O*NET 30.1"
        path={
          major ? undefined : (
            <Breadcrumb label="O*NET path" steps={path.slice(0, -1).map((c) => ({ key: c, label: `${c} ${props.titleOf(c) ?? ''}`.trim() }))} current={props.code} onOpen={props.onOpen} />
          )
        }
      />
      {below.error && <p className="banner banner-error">{below.error.message}</p>}
      <CodeList title={major ? 'SOC codes' : 'Occupations'} items={items?.map((i) => ({ code: i.code, title: i.title }))} onOpen={props.onOpen} />
    </article>
  );
}

function occupationBadges(dataLevel: boolean): Flag[] {
  const badges: Flag[] = [{ label: 'Occupation', title: 'An O*NET-SOC occupation' }];
  if (!dataLevel) badges.push({ label: 'no O*NET data', title: 'O*NET collects no detailed data (tasks, skills) for this occupation' });
  return badges;
}
