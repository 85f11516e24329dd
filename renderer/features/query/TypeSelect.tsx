/** Picks the type a query runs over, from the types present in the store. */
import { useShell } from '../../app/useShell';

export function TypeSelect(props: { value: string; onChange: (type: string) => void }) {
  const shell = useShell();
  const types = shell.types.some((t) => t.type === props.value) ? shell.types : [{ type: props.value, count: 0 }, ...shell.types];
  return (
    <label className="qb-type">
      <span className="sr-only">Type</span>
      <select className="input" aria-label="Type" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {types.map((t) => (
          <option key={t.type} value={t.type}>
            {t.type} ({t.count.toLocaleString()})
          </option>
        ))}
      </select>
    </label>
  );
}
