/** The entity's masked personal data, each field with its reveal action (the reveal is audited). */
import { useApi } from '../../api/useApi';
import { MaskedValue } from './MaskedValue';

export function MaskedFields(props: { type: string; id: string; onRevealed?: () => void }) {
  const entity = useApi('entities.get', { type: props.type, id: props.id }, `${props.type}/${props.id}`, ['entities.changed']);
  const masked = Array.isArray(entity.data?.$masked) ? (entity.data.$masked as string[]) : [];
  if (masked.length === 0) return null;
  const top = masked.filter((path) => !path.includes('.') && !path.includes('['));
  return (
    <div className="masked-fields" aria-label="Personal data">
      <span className="badge badge-pii">Personal data</span>
      <dl>
        {top.map((field) => (
          <div key={field} className="masked-field">
            <dt>{field}</dt>
            <dd>
              <MaskedValue type={props.type} id={props.id} field={field} value={entity.data?.[field]} onRevealed={props.onRevealed} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
