/**
 * Erasing a person's data from the editor: the dialog warns that it cannot be undone and needs
 * a reason; afterwards the tab closes, the person is gone from the table and the history of the
 * id holds no value of theirs, only the erasure with its reason.
 */
import { test, expect } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { call, createEntity } from './studio-api';

test.use({ suite: 'erasure' });

const SHOTS = 'e2e-output/screenshots';

test('erase a person: warned, a reason required, gone from the table, history redacted', async ({ page, app }) => {
  await createEntity(app.server, 'Person', { $id: 'erin', name: 'Erin Erasable', jobTitle: 'Analyst', email: 'erin.4d9c@example.com' });
  await createEntity(app.server, 'Person', { $id: 'kim', name: 'Kim Kept', jobTitle: 'Engineer' });
  await call(app.server, 'entities.patch', { type: 'Person', id: 'erin', changes: { jobTitle: 'Lead Analyst' } });
  const studio = new StudioPage(page);
  await studio.open(app.server.entryUrl);
  await studio.findAndOpen('Person', 'Erin Erasable');

  await page.getByRole('button', { name: 'Erase personal data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase Erin Erasable?' });
  await expect(dialog).toContainText('cannot be undone');
  await page.screenshot({ path: `${SHOTS}/erasure-dialog.png` });
  // No reason, no erasure.
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Say why');
  await dialog.getByLabel('Reason').fill('Erasure request, ticket 4711');
  await dialog.getByRole('button', { name: 'Erase for good' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Erased Erin Erasable; 2 history entries redacted/)).toBeVisible();
  await expect(studio.tab('Erin Erasable')).toHaveCount(0);
  await expect(studio.typeEntry('Person')).toContainText('1');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('grid')).toContainText('Kim Kept');
  await expect(page.getByRole('grid')).not.toContainText('Erin Erasable');
  await page.screenshot({ path: `${SHOTS}/erasure-after.png` });

  const history = await call<{ entries: Array<{ action: string; reason?: string }> }>(app.server, 'audit.history', { type: 'Person', id: 'erin' });
  expect(history.entries.map((e) => e.action)).toEqual(['erase', 'patch', 'create']);
  expect(history.entries[0]?.reason).toBe('Erasure request, ticket 4711');
  expect(JSON.stringify(history)).not.toMatch(/Erin|4d9c|Lead Analyst/);
  await expect(call(app.server, 'audit.verify', {})).resolves.toMatchObject({ ok: true });
});
