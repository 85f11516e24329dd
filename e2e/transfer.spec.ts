/**
 * Import and export as a user meets them: a CSV file through the mapping screen, the progress
 * bar while it runs, the report of the rows it rejected; then the current query exported as
 * JSON-LD and read back.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { TransferPage } from './pages/transfer-page';
import { call } from './studio-api';

test.use({ suite: 'transfer' });

test.describe.configure({ mode: 'serial' });

const COMPANIES = ['Northwind Traders', 'Globex', 'Initech'];
const ROWS = 4000;

/** A spreadsheet export as people make them: their own headers, two bad rows among thousands. */
function peopleCsv(): Buffer {
  const lines = ['Full Name,E-mail,Birthday,Job title,Company,Zip,Notes'];
  for (let i = 1; i <= ROWS; i++) {
    const email = i === 17 ? 'not-an-email' : `person${i}@example.com`;
    const birthday = i === 1234 ? 'last spring' : `19${String(50 + (i % 50)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
    const zip = String(10000 + (i % 8999));
    lines.push(`Person ${i},${email},${birthday},Engineer,${COMPANIES[i % 3]},${zip},"met at ""expo"" ${i}"`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

test.beforeAll(async ({ app }) => {
  // Imports usually go into a database in use: one Person is there already.
  await call(app.server, 'entities.create', { type: 'Person', data: { $id: 'person-0', name: 'Already Here' } });
});

test('imports a CSV through the mapping screen, with progress and a report of rejected rows', async ({ page, app }) => {
  const t = new TransferPage(page);
  await t.open(app.server.entryUrl);
  await t.openView();
  await t.chooseFile({ name: 'people.csv', mimeType: 'text/csv', buffer: peopleCsv() }, 'Person', 'valid');
  await t.dialog.getByRole('button', { name: 'Next: map columns' }).click();

  await expect(t.dialog.getByRole('heading', { name: 'Map columns to Person' })).toBeVisible();
  await expect(t.propertyFor('Full Name')).toHaveValue('name');
  await expect(t.propertyFor('E-mail')).toHaveValue('email');
  await expect(t.propertyFor('Birthday')).toHaveValue('birthDate');
  await expect(t.propertyFor('Job title')).toHaveValue('jobTitle');
  await expect(t.propertyFor('Company')).toHaveValue('worksFor.name');
  await expect(t.propertyFor('Zip')).toHaveValue('address.postalCode');
  await expect(t.propertyFor('Notes')).toHaveValue('');
  await t.propertyFor('Notes').selectOption('description');
  await page.screenshot({ path: 'e2e-output/screenshots/import-mapping.png' });
  await t.dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(t.progressBar).toBeVisible();
  await expect(t.dialog.getByText(/rows\/s/)).toBeVisible();
  // Watch it move: the rows read grow while the bar is up (a fast machine may finish first).
  const readSoFar = async () => ((await t.progressBar.isVisible()) ? Number((await t.dialog.getByTestId('import-read').textContent())?.replace(/,/g, '')) : ROWS);
  await expect.poll(readSoFar, { timeout: 30_000 }).toBeGreaterThan(0);
  await page.screenshot({ path: 'e2e-output/screenshots/import-progress.png' });
  await expect(t.dialog.getByRole('heading', { name: 'Imported the valid rows' })).toBeVisible({ timeout: 120_000 });
  await expect(t.dialog.getByRole('status')).toContainText(`${ROWS.toLocaleString('en-US')} rows read: ${(ROWS - 2).toLocaleString('en-US')} created, 0 updated, 2 rejected`);
  const report = t.dialog.getByRole('table', { name: 'Rejected rows' });
  await expect(report.getByRole('row', { name: /17 .*email/ })).toBeVisible();
  await expect(report.getByRole('row', { name: /1234 .*birthDate/ })).toBeVisible();
  await page.screenshot({ path: 'e2e-output/screenshots/import-report.png' });
  await t.dialog.getByRole('button', { name: 'Close' }).click();

  expect(await call(app.server, 'entities.count', { type: 'Person' })).toBe(ROWS - 2 + 1);
  await t.openType('Person');
  await t.filter('Name', 'Person 42');
  await expect(t.table.getByText('Person 42', { exact: true })).toBeVisible();
});

test('exports the current query as JSON-LD', async ({ page, app }) => {
  const t = new TransferPage(page);
  await t.open(app.server.entryUrl);
  await t.openView();
  await t.panel.getByLabel('Type').selectOption('Person');
  await t.panel.getByLabel('Filter (where)').fill('{"worksFor.name": "Northwind Traders", "jobTitle": "Engineer"}');
  await t.panel.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await t.panel.getByRole('menuitem', { name: 'JSON-LD (schema.org)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Person.jsonld');
  const doc = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { '@context': string; '@graph': Array<Record<string, unknown>> };
  expect(doc['@context']).toBe('https://schema.org');
  // Rows 1..4000 with i % 3 === 0 work at Northwind; the rejected rows 17 and 1234 are not among them.
  expect(doc['@graph']).toHaveLength(Math.floor(ROWS / 3));
  const node = doc['@graph'][0]!;
  expect(node).toMatchObject({ '@type': 'Person', '@id': expect.any(String), worksFor: { '@type': 'Organization', name: 'Northwind Traders' } });
  expect(Object.keys(node).some((k) => k.startsWith('$'))).toBe(false);
  await expect(page.getByText(/Exported 1,333 Person entities as JSON-LD/)).toBeVisible();
});
