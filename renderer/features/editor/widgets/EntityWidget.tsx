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
  // With text already typed the choice is made; the switch returns when the text is cleared.
  const settled = mode === 'data';
  return (
    <div className="entity-widget">
      <div hidden={settled} className="segmented" role="radiogroup" aria-label={`${props.label}: how to fill it`}>
        {choices.map((c) => (
          <button
            key={c.key}
            type="button"
            role="radio"
            aria-checked={choice === c.key}
            className="segment"
            onClick={() => {
              setChoice(c.key);
              if (c.key === 'embed') field.onChange({ $type: first });
            }}
          >
            {c.label}
          </button>
        ))}
      </div>
      {choice === 'link' && <ReferencePicker spec={spec} id={props.id} label={props.label} describedBy={props.describedBy} invalid={props.invalid} onPick={field.onChange} />}
      {choice === 'text' && <InputWidget {...props} />}
    </div>
  );
}
