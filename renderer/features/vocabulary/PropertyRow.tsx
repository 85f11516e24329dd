/** One property: its name and flags, its expected types, its description. */
import { Fragment } from 'react';
import type { PropertyDescriptor } from '../../../shared/vocab/descriptor';
import { propertyFlags } from './property-model';
import { RangeList } from './RangeList';

export function PropertyRow(props: { property: PropertyDescriptor; onOpen: (type: string) => void }) {
  const { property } = props;
  const flags = propertyFlags(property);
  return (
    <tr className={property.superseded ? 'vb-superseded' : undefined}>
      <th scope="row">
        <code className="vb-prop-name">{camelBreaks(property.name)}</code>
        {flags.length > 0 && (
          <span className="vb-flags">
            {flags.map((f) => (
              <span key={f.label} className={`badge${f.tone ? ` badge-${f.tone}` : ''}`} title={f.title}>
                {f.label}
              </span>
            ))}
          </span>
        )}
      </th>
      <td>
        <RangeList ranges={property.ranges} onOpen={props.onOpen} />
      </td>
      <td className="vb-prop-desc">{property.description}</td>
    </tr>
  );
}

/** Long camelCase names wrap between words (`agentInteraction|Statistic`), not mid-word; copying still gives the name. */
function camelBreaks(name: string) {
  return name.split(/(?=[A-Z])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
