/** The column layout of a type's table: the saved one, or defaults picked from the first rows until the user changes it. */
import { useCallback, useMemo, useState } from 'react';
import type { Entity } from '../../../shared/entity';
import { clearLayout, loadLayout, saveLayout, type ColumnLayout } from './column-layout';
import { defaultColumns } from './columns';

/** The layout and how to change it. */
export interface ColumnLayoutState extends ColumnLayout {
  /** True when the user has a saved layout for the type. */
  custom: boolean;
  setColumns: (columns: string[]) => void;
  setWidth: (column: string, width: number) => void;
  reset: () => void;
}

export function useColumnLayout(type: string, rows: Entity[]): ColumnLayoutState {
  const [saved, setSaved] = useState<ColumnLayout | undefined>(() => loadLayout(type));
  // One array while the chosen columns stay the same: rows compare it to skip re-rendering.
  const picked = useMemo(() => defaultColumns(rows), [rows]);
  const pickedKey = picked.join('\n');
  const defaults = useMemo(() => pickedKey.split('\n'), [pickedKey]);
  const columns = saved?.columns ?? defaults;
  const widths = useMemo(() => saved?.widths ?? {}, [saved]);

  const update = useCallback(
    (next: ColumnLayout) => {
      saveLayout(type, next);
      setSaved(next);
    },
    [type],
  );
  return {
    columns,
    widths,
    custom: saved !== undefined,
    setColumns: (next) => update({ columns: next, widths }),
    setWidth: (column, width) => update({ columns, widths: { ...widths, [column]: Math.round(width) } }),
    reset: () => {
      clearLayout(type);
      setSaved(undefined);
    },
  };
}
