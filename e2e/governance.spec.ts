/**
 * The audit trail and personal data as a user meets them: edit a nested field, see the change
 * in the History tab, revert to the earlier version and see the old value again; reveal a
 * masked e-mail address for a reason and find that reveal in the entity's history; see the
 * personal data in force on the settings screen and save a retention rule.
 */
import { test, expect } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { HistoryPage } from './pages/history-page';
import { StudioPage } from './pages/studio-page';
import { call, createEntity } from './studio-api';

test.use({ suite: 'governance' });

test.describe.configure({ mode: 'serial' });

const SHOTS = 'e2e-output/screenshots';

test.beforeAll(async ({ app }) => {
  await createEntity(app.server, 'Organization', {
    $id: 'acme',
    name: 'Acme Inc',
    address: { $type: 'PostalAddress', streetAddress: '1 Main St', addressLocality: 'Oslo' },
  });
  await createEntity(app.server, 'Person', { $id: 'pat', name: 'Pat Doe', email: 'pat.doe@example.com', jobTitle: 'Analyst' });
});

test('edit a nested field, see the diff in History, revert and see the old value', async ({ page, app }) => {
  const studio = new StudioPage(page);
  const editor = new EditorPage(page);
  const history = new HistoryPage(page);
  await studio.open(app.server.entryUrl);
  await studio.findAndOpen('Organization', 'Acme Inc');

  await editor.fill('address.addressLocality', 'Address locality', 'Bergen');
  await editor.saveWithShortcut();
  await expect(editor.saveState).toHaveText('Version 2');

  await history.open();
  await expect(history.timeline.getByRole('listitem')).toHaveCount(2);
  await expect(history.timeline).toContainText('Created');
  await expect(history.change('address.addressLocality')).toContainText('Oslo');
  await expect(history.change('address.addressLocality')).toContainText('Bergen');
  await expect(history.changes.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/history-diff.png` });

  await history.revertTo(1);
  await expect(history.timeline).toContainText('Reverted');
  await expect(history.timeline.getByRole('listitem')).toHaveCount(3);
  await expect(history.change('address.addressLocality')).toContainText('Oslo');
  const stored = await call<{ address: { addressLocality: string } }>(app.server, 'entities.get', { type: 'Organization', id: 'acme' });
  expect(stored.address.addressLocality).toBe('Oslo');

  // The open form learns that the stored entity moved on and offers the reverted version.
  await editor.panel.getByRole('tab', { name: 'Form' }).click();
  await editor.panel.getByRole('button', { name: 'Load their version' }).click();
  await expect(editor.control('address.addressLocality', 'Address locality')).toHaveValue('Oslo');
});

test('reveal a masked e-mail for a reason and find the reveal in the audit trail', async ({ page, app }) => {
  const studio = new StudioPage(page);
  const history = new HistoryPage(page);
  await studio.open(app.server.entryUrl);
  await studio.findAndOpen('Person', 'Pat Doe');
  const person = await call<Record<string, unknown>>(app.server, 'entities.get', { type: 'Person', id: 'pat' });
  expect(person.email).toBe('p***@example.com');
  expect(JSON.stringify(person)).not.toContain('pat.doe@example.com');

  await history.open();
  await expect(history.panel.locator('.masked-fields')).toContainText('p***@example.com');
  await expect(history.panel.locator('.masked-fields')).not.toContainText('pat.doe@example.com');

  await history.reveal('email', 'customer asked to confirm their address');
  await expect(history.panel.locator('.revealed')).toHaveText('pat.doe@example.com');
  const reveal = history.timeline.getByRole('listitem').filter({ hasText: 'Revealed' });
  await expect(reveal).toContainText('customer asked to confirm their address');
  await expect(reveal).toContainText('email');
  await page.screenshot({ path: `${SHOTS}/history-reveal.png` });

  const { entries } = await call<{ entries: Array<{ action: string; reason?: string; context: { ip?: string } }> }>(app.server, 'audit.history', { type: 'Person', id: 'pat' });
  expect(entries[0]).toMatchObject({ action: 'reveal', reason: 'customer asked to confirm their address', context: { ip: '127.0.0.1' } });
});

test('collection settings show the personal data in force and save a retention rule', async ({ page, app }) => {
  const studio = new StudioPage(page);
  await studio.open(app.server.entryUrl);
  await studio.command('Collection settings', 'Collection settings');
  const settings = page.locator('section[role="tabpanel"]:not([hidden])');
  await settings.getByRole('navigation', { name: 'Collections' }).getByRole('button', { name: /^Person/ }).click();
  const form = settings.getByRole('form', { name: 'Settings of Person' });
  for (const field of ['email', 'telephone', 'birthDate', 'taxID', 'address', 'ssn']) {
    await expect(form.getByRole('textbox', { name: 'Field name' }).filter({ hasText: '' }).and(form.locator(`input[value="${field}"]`))).toHaveCount(1);
  }
  await form.getByRole('checkbox', { name: 'Remove entities after a period' }).check();
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings of Person saved')).toBeVisible();
  await expect(settings.getByRole('region', { name: 'Retention preview' })).toContainText('retention 90 days (delete)');
  await settings.locator('.settings-main').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/collection-settings.png` });
  const saved = await call<{ settings: { retention?: { duration: string } } }>(app.server, 'settings.collection', { type: 'Person' });
  expect(saved.settings.retention?.duration).toBe('90 days');
});
