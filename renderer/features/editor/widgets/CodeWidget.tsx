/** NAICS and O*NET pickers: search the code list by code or words, store the code, show it with its title. */
import { useEffect, useState } from 'react';
import { useController } from 'react-hook-form';
import type { CodeItem } from '../../../api/vocab-source';
import { useVocab } from '../../../api/useVocab';
import { Combobox } from '../../../components/Combobox';
import type { WidgetProps } from './widget-props';

const LIST_NAME = { naics: 'NAICS industry', onet: 'O*NET occupation' } as const;

export function CodeWidget(props: WidgetProps) {
  const list = props.spec.kind === 'onet' ? 'onet' : 'naics';
  const { source } = useVocab();
  const { field } = useController({ name: props.name });
  const code = typeof field.value === 'string' ? field.value : '';
  const [current, setCurrent] = useState<CodeItem>();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<CodeItem[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    if (!code) setCurrent(undefined);
    else void source.code(list, code).then((item) => live && setCurrent(item ?? { code, title: 'Not in the code list' }));
    return () => {
      live = false;
    };
  }, [source, list, code]);

  useEffect(() => {
    const q = query.trim();
    if (!q) return setOptions([]);
    let live = true;
    setLoading(true);
    const timer = window.setTimeout(() => {
      void source
        .searchCodes(list, q)
        .then((items) => live && setOptions(items), () => live && setOptions([]))
        .finally(() => live && setLoading(false));
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [source, list, query]);

  if (code) {
    return (
      <div className="code-value">
        <span className="code-chip">
          <span className="mono">{code}</span>
          <span>{current?.title ?? '…'}</span>
        </span>
        <button type="button" className="btn btn-sm btn-ghost" aria-label={`Change ${props.label}`} onClick={() => field.onChange(undefined)}>
          Change
        </button>
      </div>
    );
  }
  return (
    <Combobox
      id={props.id}
      label={props.label}
      placeholder={`Search ${LIST_NAME[list]} by code or words`}
      query={query}
      onQuery={setQuery}
      loading={loading}
      invalid={props.invalid}
      describedBy={props.describedBy}
      options={options.map((o) => ({ key: o.code, label: <><span className="mono">{o.code}</span> {o.title}</>, detail: o.detail }))}
      onPick={(key) => {
        setCurrent(options.find((o) => o.code === key));
        setQuery('');
        field.onChange(key);
      }}
    />
  );
}
