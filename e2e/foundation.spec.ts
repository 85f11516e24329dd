/** The first vertical slice as a user meets it: an empty studio, a new Person, a restart. */
import { test, expect } from './fixtures';
import { StudioPage } from './pages/studio-page';

test.use({ suite: 'foundation' });

test.describe.configure({ mode: 'serial' });

test('an empty database greets the user with a way to start', async ({ page, app }) => {
  const studio = new StudioPage(page);
  await studio.open(app.server.entryUrl);
  await expect(page.getByRole('heading', { name: 'No entities yet' })).toBeVisible();
  await expect(studio.statusBar).toContainText('Server mode');
  await expect(studio.statusBar).toContainText(app.dbFile);
  await expect(page).not.toHaveURL(/token=/);
});

test('a form error is shown on its field and nothing is created', async ({ page, app }) => {
  const studio = new StudioPage(page);
  await studio.open(app.server.entryUrl);
  await studio.create('Person', { name: 'Ada Lovelace', email: 'not-an-email' });
  const email = studio.panel.locator('[data-path="email"]');
  await expect(email.getByRole('alert')).toContainText(/email/i);
  await expect(email.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await studio.tab('New Person').press('Delete');
  await expect(page.getByRole('heading', { name: 'No entities yet' })).toBeVisible();
});

test('a new Person survives a server restart', async ({ page, app }) => {
  const studio = new StudioPage(page);
  await studio.open(app.server.entryUrl);
  await studio.create('Person', { name: 'Grace Hopper', email: 'grace@navy.example' });
  await expect(studio.typeEntry('Person')).toContainText('1');
  await studio.openType('Person');
  await expect(studio.row('Grace Hopper')).toContainText('@navy.example');
  await page.screenshot({ path: 'e2e-output/screenshots/first-screen.png' });

  const restarted = await app.restart();
  await studio.open(restarted.entryUrl);
  await expect(studio.typeEntry('Person')).toContainText('1');
  await expect(studio.row('Grace Hopper')).toContainText('@navy.example');
});
