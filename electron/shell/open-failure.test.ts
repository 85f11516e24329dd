import { describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/errors';
import { OPEN_FAILURE_BUTTONS, openFailureDialog } from './open-failure';

describe('openFailureDialog', () => {
  it('shows a typed error in its own words and offers another workspace first', () => {
    const error = new StudioError('CORRUPT', 'The database /data/studio.db cannot be read: the file is damaged. Restore it from a backup.');
    const dialog = openFailureDialog(error, '/data/studio.db');
    expect(dialog.message).toBe('This database cannot be opened');
    expect(dialog.detail).toContain(error.message);
    expect(dialog.buttons[dialog.defaultId]).toBe('Open Workspace…');
    expect(dialog.buttons[dialog.cancelId]).toBe('Quit');
    expect(dialog.buttons).toEqual([...OPEN_FAILURE_BUTTONS]);
  });

  it('names the file for an untyped failure and shows no stack trace', () => {
    const dialog = openFailureDialog(new TypeError('Cannot open database because the directory does not exist'), '/gone/studio.db');
    expect(dialog.detail).toMatch(/^\/gone\/studio\.db: Cannot open database because the directory does not exist/);
    expect(dialog.detail).not.toMatch(/\bat .*:\d+/);
  });
});
