/** What every field widget receives: the field spec, the form path it edits and its accessibility wiring. */
import type { FieldSpec } from '../field-specs';

/** Props of a widget. */
export interface WidgetProps {
  spec: FieldSpec;
  /** The form path of the value (`worksFor.naics`, `knowsLanguage.2`). */
  name: string;
  /** The id of the control, which the field's <label> points at. */
  id: string;
  /** The accessible name, for widgets whose control is not the labelled one. */
  label: string;
  /** The id of the error or hint text. */
  describedBy?: string;
  invalid: boolean;
}
