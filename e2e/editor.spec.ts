/**
 * Browsing and editing as a user does it: find a Person, change the job title, embed an
 * employer with a NAICS industry, link a colleague, save and reload; a validation error on
 * its field; a concurrent edit in a second tab; delete and restore from the trash.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { StudioPage } from './pages/studio-page';
import { call, createEntity } from './studio-api';

test.use({ suite: 'editor' });

test.describe.configure({ mode: 'serial' });

const SHOTS = 'e2e-output/screenshots';

test.beforeAll(async ({ app }) => {
  await createEntity(app.server, 'Person', { $id: 'ada', name: 'Ada Lovelace', jobTitle: 'Analyst', email: 'ada@example.com' });
  await createEntity(app.server, 'Person', { $id: 'charles', name: 'Charles Babbage', jobTitle: 'Engineer' });
  await createEntity(app.server, 'Person', { $id: 'grace', name: 'Grace Hopper', jobTitle: 'Admiral' });
  await createEntity(app.server, 'Organization', { $id: 'acme', name: 'Acme Inc', naics: '541511' });
});

async function noSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id} ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

test('find a Person by name, edit, embed an employer with NAICS, link a colleague, save and reload', async ({ page, app }) => {
  const studio = new StudioPage(page);
  const editor = new EditorPage(page);
  await studio.open(app.server.entryUrl);
  await expect(studio.typeEntry('Person')).toContainText('3');
  await studio.findAndOpen('Person', 'Ada Lovelace');
  await expect(studio.tab('Ada Lovelace')).toHaveAttribute('aria-selected', 'true');

  await editor.fill('jobTitle', 'Job title', 'Chief Analyst');

  await editor.choose('worksFor', /New Organization here/);
  await editor.fill('worksFor.name', 'Name', 'Analytical Engines Ltd');
  await editor.pickCode('worksFor.naics', 'computer programming', /541511/);
  await expect(editor.field('worksFor.naics')).toContainText('Custom Computer Programming Services');

  await editor.addProperty('knows');
  await editor.link('knows', 'Charles', /Charles Babbage/);
  await expect(editor.field('knows').getByRole('button', { name: /Charles Babbage/ })).toBeVisible();
  await editor.field('worksFor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}/editor-nested.png` });

  await editor.saveWithShortcut();
  await expect(editor.saveState).toHaveText('Version 2');

  await page.reload();
  await studio.findAndOpen('Person', 'Ada Lovelace');
  await expect(editor.control('jobTitle', 'Job title')).toHaveValue('Chief Analyst');
  await expect(editor.control('worksFor.name', 'Name')).toHaveValue('Analytical Engines Ltd');
  await expect(editor.field('worksFor.naics')).toContainText('541511');
  // The reference shows the colleague's name, never a bare id, and leads to him.
  await editor.field('knows').getByRole('button', { name: /Charles Babbage/ }).click();
  await expect(studio.tab('Charles Babbage')).toHaveAttribute('aria-selected', 'true');
  await expect(editor.panel.getByRole('complementary', { name: 'About this entity' })).toContainText('Ada Lovelace');
});

test('the table shows entities by range and passes an accessibility check', async ({ page, app }) => {
  const studio = new StudioPage(page);
  await studio.open(app.server.entryUrl);
  await studio.openType('Person');
  await expect(studio.row('Ada Lovelace')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/table.png` });
  await noSeriousViolations(page, 'table');
  await studio.findAndOpen('Person', 'Ada Lovelace');
  await expect(new EditorPage(page).field('worksFor')).toBeVisible();
  await noSeriousViolations(page, 'editor');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await noSeriousViolations(page, 'palette');
});

test('a validation error is shown on its field and nothing is saved', async ({ page, app }) => {
  const studio = new StudioPage(page);
  const editor = new EditorPage(page);
  await studio.open(app.server.entryUrl);
  await studio.findAndOpen('Person', 'Grace Hopper');
  await editor.fill('email', 'Email', 'not-an-email');
  await editor.saveButton.click();
  const email = editor.control('email', 'Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.field('email').getByRole('alert')).toContainText(/email/i);
  await expect(editor.saveState).toHaveText('Unsaved changes');
  await page.reload();
  await studio.findAndOpen('Person', 'Grace Hopper');
  await expect(editor.saveState).toHaveText('Version 1');
});

test("a second tab's concurrent edit produces the conflict view", async ({ page, context, app }) => {
  const studio = new StudioPage(page);
  const editor = new EditorPage(page);
  await studio.open(app.server.entryUrl);
  await studio.findAndOpen('Person', 'Charles Babbage');

  const other = await context.newPage();
  const otherStudio = new StudioPage(other);
  const otherEditor = new EditorPage(other);
  await otherStudio.open(app.server.entryUrl);
  await otherStudio.findAndOpen('Person', 'Charles Babbage');
  await otherEditor.fill('jobTitle', 'Job title', 'Mathematician');
  await otherEditor.saveWithShortcut();
  await expect(otherEditor.saveState).toHaveText('Version 2');
  await other.close();

  await editor.fill('jobTitle', 'Job title', 'Inventor');
  await editor.saveWithShortcut();
  await expect(editor.conflict).toBeVisible();
  await expect(editor.conflict.getByRole('row', { name: /Job title/ })).toContainText('Inventor');
  await expect(editor.conflict.getByRole('row', { name: /Job title/ })).toContainText('Mathematician');
  await page.screenshot({ path: `${SHOTS}/conflict.png` });
  await noSeriousViolations(page, 'conflict');

  await editor.conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(editor.conflict).toBeHidden();
  await expect(editor.saveState).toHaveText('Version 3');
  await expect(editor.control('jobTitle', 'Job title')).toHaveValue('Inventor');
});

test('delete an entity, then restore it from the trash', async ({ page, app }) => {
  // People go to a trash when deleted (a collection setting, off by default).
  await call(app.server, 'settings.saveCollection', { type: 'Person', settings: { softDelete: true } });
  const studio = new StudioPage(page);
  const editor = new EditorPage(page);
  await studio.open(app.server.entryUrl);
  await studio.findAndOpen('Person', 'Grace Hopper');
  await editor.panel.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: /Delete Grace Hopper/ }).getByRole('button', { name: 'Delete' }).click();
  await expect(editor.panel.getByText(/is in the trash/)).toBeVisible();

  await studio.openType('Person');
  await expect(studio.typeEntry('Person')).toContainText('2');
  await studio.panel.getByRole('button', { name: 'Trash' }).click();
  await expect(studio.tab('Trash · Person')).toHaveAttribute('aria-selected', 'true');
  await studio.panel.getByRole('button', { name: 'Restore Grace Hopper' }).click();
  await expect(studio.panel.getByText('The trash is empty')).toBeVisible();
  await expect(studio.typeEntry('Person')).toContainText('3');
});

test('a cell is edited in place from the keyboard, and arrows move the active cell', async ({ page, app }) => {
  await createEntity(app.server, 'Person', { $id: 'katherine', name: 'Katherine Johnson', jobTitle: 'Computer' });
  const studio = new StudioPage(page);
  await studio.open(app.server.entryUrl);
  await studio.openType('Person');
  const row = studio.row('Katherine Johnson');
  const name = row.getByRole('gridcell').filter({ hasText: 'Katherine Johnson' });
  await name.click();
  await expect(name).toHaveClass(/is-active/);
  await expect(studio.table).toHaveAttribute('aria-activedescendant', (await name.getAttribute('id')) ?? 'none');

  await page.keyboard.press('F2');
  // The row's text is in the input now: look for it in the table.
  const input = studio.table.getByRole('textbox', { name: 'Edit Name' });
  await input.fill('Katherine G. Johnson');
  await input.press('Enter');
  const renamed = studio.row('Katherine G. Johnson').getByRole('gridcell').filter({ hasText: 'Katherine G. Johnson' });
  await expect(renamed).toBeVisible();
  await expect.poll(async () => (await call<{ name?: string }>(app.server, 'entities.get', { type: 'Person', id: 'katherine' })).name).toBe('Katherine G. Johnson');

  // The arrows move the active cell; a double click edits in place, and Escape leaves the value as it was.
  const active = studio.table.locator('.grid-cell.is-active');
  await page.keyboard.press('ArrowRight');
  await expect(active).toHaveCount(1);
  await expect(active).not.toContainText('Katherine');
  await renamed.dblclick();
  await expect(studio.table.getByRole('textbox', { name: 'Edit Name' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(studio.table.getByRole('textbox')).toHaveCount(0);
  await expect(renamed).toHaveText('Katherine G. Johnson');
});

test('rows selected with their checkboxes get a field set at once, then are deleted together', async ({ page, app }) => {
  await createEntity(app.server, 'Person', { $id: 'dorothy', name: 'Dorothy Vaughan', jobTitle: 'Computer' });
  await createEntity(app.server, 'Person', { $id: 'mary', name: 'Mary Jackson', jobTitle: 'Computer' });
  const studio = new StudioPage(page);
  await studio.open(app.server.entryUrl);
  await studio.openType('Person');
  const dorothy = studio.table.getByRole('checkbox', { name: 'Select Dorothy Vaughan' });
  const mary = studio.table.getByRole('checkbox', { name: 'Select Mary Jackson' });
  await dorothy.click();
  await mary.click();
  await expect(dorothy).toHaveAttribute('aria-checked', 'true');
  const bar = studio.panel.getByRole('region', { name: 'Selected rows' });
  await expect(bar).toContainText('2 selected');
  await page.screenshot({ path: `${SHOTS}/bulk-selection.png` });

  await bar.getByLabel('Field to set').selectOption({ label: 'Additional name' });
  await bar.getByRole('textbox', { name: 'New Additional name' }).fill('Human computer at NACA');
  await bar.getByRole('button', { name: 'Apply to 2' }).click();
  for (const id of ['dorothy', 'mary']) {
    await expect.poll(async () => (await call<{ additionalName?: string }>(app.server, 'entities.get', { type: 'Person', id })).additionalName).toBe('Human computer at NACA');
  }
  // Ada was not selected: untouched.
  expect((await call<{ additionalName?: string }>(app.server, 'entities.get', { type: 'Person', id: 'ada' })).additionalName).toBeUndefined();

  // Applying clears the selection; the same two are selected again and deleted together.
  await expect(bar).toHaveCount(0);
  await dorothy.click();
  await mary.click();
  await bar.getByRole('button', { name: 'Delete 2' }).click();
  await page.getByRole('dialog', { name: /Delete 2 Person entities/ }).getByRole('button', { name: 'Delete' }).click();
  await expect(studio.row('Dorothy Vaughan')).toHaveCount(0);
  await expect(studio.row('Mary Jackson')).toHaveCount(0);
  await expect(studio.row('Ada Lovelace')).toBeVisible();
});
