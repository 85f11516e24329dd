/**
 * The query features as a user meets them, by clicking: build "Person where worksFor.name
 * is Acme Inc and age between 30 and 40, sorted by name", read its JSON and TypeScript,
 * save and reopen it, accept an index suggestion; then chart the hourly CPU average.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { QueryPage } from './pages/query-page';

test.use({ suite: 'query' });

const BIN = resolve(import.meta.dirname, '..', 'bin', 'semantic-studio.mjs');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ app }) => {
  // The demo writes beside the running server (WAL); the restart starts from a settled file.
  execFileSync(process.execPath, [BIN, 'demo', '--db', app.dbFile, '--force', '--people', '300'], { stdio: 'ignore' });
  await app.restart();
});

test('builds, shows as code, saves and reopens a query; an index suggestion changes explain', async ({ page, app }) => {
  const q = new QueryPage(page);
  await page.goto(app.server.entryUrl);
  await expect(page.getByRole('grid', { name: 'Person entities' })).toBeVisible();
  await q.openView('Query builder');
  const panel = q.panel;
  // Opened from the Person table (the studio opens it at start), the query starts on Person.
  await expect(panel.getByRole('combobox', { name: 'Type' })).toHaveValue('Person');
  await panel.getByRole('combobox', { name: 'Type' }).selectOption({ value: 'Person' });
  const all = panel.getByRole('group', { name: 'All conditions', exact: true });
  await q.addCondition(all, 1, 'worksFor.name', 'equals', { Value: 'Acme Inc' });
  await q.addCondition(all, 2, 'age', 'between', { From: '30', To: '40' });
  await panel.getByRole('button', { name: '+ Sort' }).click();
  await q.pickField(panel.getByRole('group', { name: 'Sort key 1' }), 'Sort field', 'name');

  const results = panel.getByRole('table', { name: 'Query results' });
  await expect(q.count).toContainText(/\d+ results/);
  const countText = (await q.count.textContent()) ?? '';
  const total = Number(/([\d,]+) results/.exec(countText)?.[1]?.replace(/,/g, ''));
  expect(total).toBeGreaterThan(0);
  // Every row shown is at Acme Inc and aged 30 to 40.
  const rows = results.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const header = await results.locator('thead th').allTextContents();
  const org = header.indexOf('worksFor.name');
  const age = header.indexOf('age');
  for (const row of await rows.all()) {
    const cells = await row.locator('td').allTextContents();
    expect(cells[org]).toBe('Acme Inc');
    expect(Number(cells[age])).toBeGreaterThanOrEqual(30);
    expect(Number(cells[age])).toBeLessThanOrEqual(40);
  }
  await page.screenshot({ path: 'e2e-output/screenshots/query-builder.png', fullPage: true });

  await panel.getByRole('tab', { name: 'JSON & TypeScript' }).click();
  const json = JSON.parse(await panel.getByRole('textbox', { name: 'Query JSON' }).inputValue());
  expect(json).toEqual({ where: { 'worksFor.name': 'Acme Inc', age: { $gte: 30, $lte: 40 } }, orderBy: { name: 'asc' } });
  await expect(panel.getByLabel('Query TypeScript')).toHaveText(
    "await db.list($.Person, {\n  where: { 'worksFor.name': 'Acme Inc', age: { $gte: 30, $lte: 40 } },\n  orderBy: { name: 'asc' },\n})",
  );
  await page.screenshot({ path: 'e2e-output/screenshots/query-code.png', fullPage: true });

  await panel.getByRole('textbox', { name: 'Query name' }).fill('Acme people in their thirties');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = panel.getByRole('complementary', { name: 'Saved queries' });
  await expect(saved.getByRole('button', { name: 'Acme people in their thirties', exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'New query' }).click();
  await expect(q.count).toContainText('300 results');
  await saved.getByRole('button', { name: 'Acme people in their thirties', exact: true }).click();
  await expect(q.count).toContainText(`${total} results`);
  await expect(panel.getByRole('group', { name: 'Condition 2', exact: true }).getByRole('combobox', { name: 'Operator' })).toHaveValue('between');

  await panel.getByRole('tab', { name: 'Explain' }).click();
  await expect(panel.getByText('No index serves this query')).toBeVisible();
  await page.screenshot({ path: 'e2e-output/screenshots/query-explain-before.png', fullPage: true });
  await panel.getByRole('button', { name: /Create index on \(worksFor\.name, age\)/ }).click();
  await expect(panel.getByText(/Index created\. Query time [\d.]+ ms before, [\d.]+ ms after/)).toBeVisible();
  await expect(panel.getByText(/An index serves this query: ix_Person_worksFor_name__age/)).toBeVisible();
  await page.screenshot({ path: 'e2e-output/screenshots/query-explain-after.png', fullPage: true });
});

test('charts the hourly CPU average over Metrics, stage by stage', async ({ page, app }) => {
  const q = new QueryPage(page);
  await page.goto(app.server.entryUrl);
  await q.openView('Aggregation');
  const panel = q.panel;
  await panel.getByRole('combobox', { name: 'Type' }).selectOption({ value: 'Metric' });

  await panel.getByRole('combobox', { name: 'Add stage' }).selectOption('$match');
  const match = panel.getByRole('region', { name: 'Stage 1: $match' });
  await q.addCondition(match.getByRole('group', { name: 'Stage conditions', exact: true }), 1, 'name', 'equals', { Value: 'cpu.usage' });
  await expect(q.count).toContainText('2,160 rows after stage 1');

  await panel.getByRole('combobox', { name: 'Add stage' }).selectOption('$group');
  const group = panel.getByRole('region', { name: 'Stage 2: $group' });
  await group.getByRole('combobox', { name: 'Group by' }).selectOption('date');
  await q.pickField(group, 'Group field', 'timestamp');
  await group.getByRole('combobox', { name: 'Time bucket' }).selectOption('hour');
  const output = group.getByRole('group', { name: 'Output 1' });
  await output.getByRole('textbox', { name: 'Output name' }).fill('avgCpu');
  await output.getByRole('combobox', { name: 'Accumulator' }).selectOption('$avg');
  await q.pickField(output, 'Accumulator field', 'value');

  await panel.getByRole('combobox', { name: 'Add stage' }).selectOption('$sort');
  await expect(q.count).toContainText('720 rows after stage 3');
  const chart = panel.getByRole('figure', { name: /line chart of avgCpu by time/ });
  await expect(chart.locator('.recharts-line-curve')).toBeVisible();
  const first = panel.getByRole('table', { name: 'Rows after stage 3' }).locator('tbody tr').first().locator('td');
  await expect(first.first()).toHaveText(/^\d{4}-\d{2}-\d{2}T\d{2}:00$/);
  await page.screenshot({ path: 'e2e-output/screenshots/aggregation-hourly-cpu.png', fullPage: true });
  await chart.scrollIntoViewIfNeeded();
  await chart.screenshot({ path: 'e2e-output/screenshots/aggregation-chart.png' });

  await group.getByRole('button', { name: 'Show output' }).click();
  await expect(q.count).toContainText('720 rows after stage 2');
  await panel.getByRole('radio', { name: 'bar' }).click();
  await expect(panel.getByRole('figure', { name: /bar chart of avgCpu/ }).locator('.recharts-bar-rectangle').first()).toBeVisible();
});
