/** Widgets that choose: a yes/no switch for booleans and a select of enumeration members. */
import { useController } from 'react-hook-form';
import { humanize } from '../../../lib/labels';
import type { WidgetProps } from './widget-props';

/** Yes, no, or not set: a select, since "not set" differs from "no" in the data. */
export function BooleanWidget(props: WidgetProps) {
  const { field } = useController({ name: props.name });
  const value = field.value === true ? 'true' : field.value === false ? 'false' : '';
  return (
    <select
      id={props.id}
      ref={field.ref}
      className="input input-narrow"
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      value={value}
      onBlur={field.onBlur}
      onChange={(e) => field.onChange(e.target.value === '' ? undefined : e.target.value === 'true')}
    >
      <option value="">Not set</option>
      <option value="true">Yes</option>
      <option value="false">No</option>
    </select>
  );
}

/** The members of the enumeration (a stored value outside them stays listed so it is not lost by accident). */
export function EnumWidget(props: WidgetProps) {
  const { field } = useController({ name: props.name });
  const current = typeof field.value === 'string' ? field.value : '';
  const members = props.spec.members;
  const options = current && !members.includes(current) ? [current, ...members] : members;
  return (
    <select
      id={props.id}
      ref={field.ref}
      className="input"
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.describedBy}
      value={current}
      onBlur={field.onBlur}
      onChange={(e) => field.onChange(e.target.value || undefined)}
    >
      <option value="">Not set</option>
      {options.map((m) => (
        <option key={m} value={m}>
          {members.includes(m) ? humanizeMember(m) : `${m} (not a member)`}
        </option>
      ))}
    </select>
  );
}

/** `InStock` → "In stock"; lower-case members (`past_due`) read as they are, with spaces. */
function humanizeMember(member: string): string {
  return /[A-Z]/.test(member.slice(1)) ? humanize(member) : member.replace(/_/g, ' ');
}
