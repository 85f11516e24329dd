/**
 * The widget registry: each field kind maps to the component that edits it. Looked up at
 * render time (not at module load) because entity widgets recurse into forms that use it.
 */
import type { ComponentType } from 'react';
import type { FieldKind } from '../field-specs';
import { BooleanWidget, EnumWidget } from './ChoiceWidgets';
import { CodeWidget } from './CodeWidget';
import { EntityWidget } from './EntityWidget';
import { InputWidget } from './InputWidget';
import { MapWidget } from './MapWidget';
import type { WidgetProps } from './widget-props';

/** The component that edits a value of `kind`. */
export function widgetFor(kind: FieldKind): ComponentType<WidgetProps> {
  switch (kind) {
    case 'boolean':
      return BooleanWidget;
    case 'enum':
      return EnumWidget;
    case 'naics':
    case 'onet':
      return CodeWidget;
    case 'map':
      return MapWidget;
    case 'entity':
      return EntityWidget;
    default:
      return InputWidget;
  }
}
