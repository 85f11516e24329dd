/**
 * What the desktop app shows when its database cannot be opened (damaged, read-only folder,
 * locked, newer version): the reason in the error's own words, and a way on (open another
 * workspace) instead of a window that never appears. Kept free of `electron` so it is tested
 * in Node; main.ts passes the result to `dialog.showMessageBox`.
 */
import { StudioError } from '../../shared/errors';

/** The buttons, in the order `response` indexes them. */
export const OPEN_FAILURE_BUTTONS = ['Open Workspace…', 'Quit'] as const;

/** Options for Electron's `dialog.showMessageBox`. */
export interface OpenFailureDialog {
  type: 'error';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

/** The dialog for a failed open of `dbFile`. */
export function openFailureDialog(error: unknown, dbFile: string): OpenFailureDialog {
  // A typed error's message names the file and the remedy; anything else at least names the file.
  const detail = error instanceof StudioError ? error.message : `${dbFile}: ${error instanceof Error ? error.message : String(error)}`;
  return {
    type: 'error',
    title: 'Semantic Studio',
    message: 'This database cannot be opened',
    detail: `${detail}\n\nOpen another workspace, or quit and fix the file first.`,
    buttons: [...OPEN_FAILURE_BUTTONS],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  };
}
