/**
 * A hard condition on screen: another program holds the database's write lock while the user
 * saves an edit. The editor says the file is locked by another program and that nothing was
 * saved; once the lock is released, the same Save works and the edit is stored.
 */
import Database from 'better-sqlite3';
import { test, expect } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { StudioPage } from './pages/studio-page';
import { createEntity } from './studio-api';

test.use({ suite: 'hard-conditions' });

const SHOTS = 'e2e-output/screenshots';

test.beforeAll(async ({ app }) => {
  await createEntity(app.server, 'Person', { $id: 'ada', name: 'Ada Lovelace', jobTitle: 'Analyst' });
});

test('a save while another program locks the database says so; after the lock is released the save goes through', async ({ page, app }) => {
  const studio = new StudioPage(page);
  const editor = new EditorPage(page);
  await studio.open(app.server.entryUrl);
  await studio.findAndOpen('Person', 'Ada Lovelace');
  await editor.fill('jobTitle', 'Job title', 'Chief Analyst');

  // Another program takes SQLite's write lock on the server's database file.
  const other = new Database(app.dbFile, { fileMustExist: true });
  other.exec('BEGIN EXCLUSIVE');
  try {
    await editor.saveButton.click();
    const failure = editor.panel.getByRole('alert').filter({ hasText: 'locked by another program' });
    // The server waits out its busy timeout (5 s) before giving up.
    await expect(failure).toBeVisible({ timeout: 15_000 });
    await expect(failure).toContainText(app.dbFile);
    await expect(failure).toContainText('nothing was changed');
    await expect(editor.saveState).toHaveText('Unsaved changes');
    await page.screenshot({ path: `${SHOTS}/hard-conditions-locked.png` });
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }

  await editor.saveButton.click();
  await expect(editor.saveState).toHaveText('Version 2');
  await expect(editor.panel.getByRole('alert').filter({ hasText: 'locked by another program' })).toHaveCount(0);
  await page.reload();
  await studio.findAndOpen('Person', 'Ada Lovelace');
  await expect(editor.control('jobTitle', 'Job title')).toHaveValue('Chief Analyst');
});
