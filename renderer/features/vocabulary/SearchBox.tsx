/** A labelled search box with ranked suggestions (the shared Combobox), for types and code lists. */
import { useId } from 'react';
import { Combobox, type ComboOption } from '../../components/Combobox';

export function SearchBox(props: {
  label: string;
  placeholder: string;
  query: string;
  onQuery: (query: string) => void;
  options: ComboOption[];
  loading: boolean;
  onPick: (key: string) => void;
}) {
  const id = useId();
  return (
    <div className="vb-search">
      <label htmlFor={id} className="sidebar-label">
        {props.label}
      </label>
      <Combobox
        id={id}
        label={props.label}
        placeholder={props.placeholder}
        query={props.query}
        onQuery={props.onQuery}
        options={props.options}
        loading={props.loading}
        emptyText="Nothing found"
        onPick={(key) => {
          props.onQuery('');
          props.onPick(key);
        }}
      />
    </div>
  );
}
