/** Free key/value pairs (a custom type's `Map`, such as a metric's labels): one row per key. */
import { useController } from 'react-hook-form';
import type { WidgetProps } from './widget-props';

type Pairs = Record<string, string | number | boolean | null>;

export function MapWidget(props: WidgetProps) {
  const { field } = useController({ name: props.name });
  const value: Pairs = field.value && typeof field.value === 'object' && !Array.isArray(field.value) ? (field.value as Pairs) : {};
  const entries = Object.entries(value);
  const write = (next: [string, Pairs[string]][]): void => field.onChange(next.length ? Object.fromEntries(next) : undefined);
  return (
    <div className="map-widget" role="group" aria-label={props.label} aria-describedby={props.describedBy}>
      {entries.map(([key, v], i) => (
        <div key={i} className="map-row">
          <input
            className="input input-sm"
            aria-label={`${props.label}: key ${i + 1}`}
            value={key}
            onChange={(e) => write(entries.map((pair, j) => (j === i ? [e.target.value, pair[1]] : pair)))}
          />
          <input
            className="input input-sm"
            aria-label={`${props.label}: value of ${key || `key ${i + 1}`}`}
            value={v === null ? '' : String(v)}
            onChange={(e) => write(entries.map((pair, j) => (j === i ? [pair[0], e.target.value] : pair)))}
          />
          <button type="button" className="icon-btn" aria-label={`Remove ${key || `key ${i + 1}`}`} onClick={() => write(entries.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      <button type="button" id={props.id} className="btn btn-sm btn-ghost" onClick={() => write([...entries, [`key${entries.length + 1}`, '']])}>
        Add key
      </button>
    </div>
  );
}
