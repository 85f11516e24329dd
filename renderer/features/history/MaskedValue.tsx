/** A masked personal-data value with its reveal action; once revealed (for a stated reason) it shows the real value. */
import { useState } from 'react';
import { formatValue } from './history-model';
import { RevealButton } from './RevealButton';

export function MaskedValue(props: { type: string; id: string; field: string; value: unknown; onRevealed?: () => void }) {
  const [revealed, setRevealed] = useState<{ value: unknown } | undefined>();
  return (
    <span className="masked-value">
      {revealed ? (
        <span className="revealed" title="Revealed: this was recorded in the history">
          {formatValue(revealed.value)}
        </span>
      ) : (
        <>
          <span className="cell-masked" title="Personal data, masked">
            <span className="lock" aria-hidden="true" />
            <span className="sr-only">Masked: </span>
            {formatValue(props.value)}
          </span>
          <RevealButton type={props.type} id={props.id} fields={[props.field]} onRevealed={(values) => {
              setRevealed({ value: values[props.field] });
              props.onRevealed?.();
            }} />
        </>
      )}
    </span>
  );
}
