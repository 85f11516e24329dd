/**
 * An entity-ranged value: a reference to an existing entity (a chip), an embedded entity (a
 * nested sub-form of its own type), or, where the range also admits text, plain text. The
 * user picks how; embedded values can become references and references can be embedded.
 */
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useVocab } from '../../../api/useVocab';
import { entityValueMode } from '../form-values';
import { EmbeddedForm } from './EmbeddedForm';
import { InputWidget } from './InputWidget';
import { ReferencePicker, ReferenceValue } from './ReferencePicker';
import type { WidgetProps } from './widget-props';

type Choice = 'link' | 'embed' | 'text';

export function EntityWidget(props: WidgetProps) {
  const { cache } = useVocab();
  const { field } = useController({ name: props.name });
  const spec = props.spec;
  const admitsText = spec.dataKind !== undefined;
  const mode = entityValueMode(field.value, admitsText);
  const first = spec.entityTypes[0] ?? 'Thing';
  // Values (addresses, offers, ratings) are usually embedded; things with their own life (people, organizations) linked.
  const valueLike = cache.descriptor(first)?.ancestors.some((a) => a === 'StructuredValue' || a === 'Intangible') ?? false;
  const [choice, setChoice] = useState<Choice>(mode === 'data' || (admitsText && !valueLike) ? 'text' : valueLike ? 'embed' : 'link');

  if (mode === 'embedded') return <EmbeddedForm spec={spec} name={props.name} label={props.label} />;
  if (mode === 'reference') return <ReferenceValue spec={spec} name={props.name} label={props.label} />;

  const choices: { key: Choice; label: string }[] = [
    { key: 'link', label: 'Link existing' },
    { key: 'embed', label: `New ${first} here` },
    ...(admitsText ? [{ key: 'text' as const, label: 'Text' }] : []),
  ];
  const select = (key: Choice): void => {
    setChoice(key);
    if (key === 'embed') field.onChange({ $type: first });
  };
  // Text is the quiet default where the range admits it: the switch to an entity is one small button away.
  const asText = choice === 'text';
  return (
    <div className="entity-widget">
      <div hidden={asText} className="segmented" role="radiogroup" aria-label={`${props.label}: how to fill it`}>
        {choices.map((c) => (
          <button
            key={c.key}
            type="button"
            role="radio"
            aria-checked={choice === c.key}
            className="segment"
            onClick={() => select(c.key)}
            onKeyDown={(event) => {
              // Radio groups move with the arrow keys.
              const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
              if (!step) return;
              event.preventDefault();
              const next = choices[(choices.findIndex((x) => x.key === c.key) + step + choices.length) % choices.length];
              if (next) select(next.key);
            }}
            tabIndex={choice === c.key ? 0 : -1}
          >
            {c.label}
          </button>
        ))}
      </div>
      {choice === 'link' && <ReferencePicker spec={spec} id={props.id} label={props.label} describedBy={props.describedBy} invalid={props.invalid} onPick={field.onChange} />}
      {asText && (
        <div className="text-or-entity">
          <InputWidget {...props} />
          {mode !== 'data' && (
            <button type="button" className="btn btn-sm btn-ghost switch-kind" onClick={() => setChoice(valueLike ? 'embed' : 'link')} title={`Link or embed a ${first} instead of text`}>
              Use a {first}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
