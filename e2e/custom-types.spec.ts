/**
 * Custom types stored in the database as a user meets them: a type defined through the API
 * shows in the sidebar once it has entities and opens as a table like any schema.org type;
 * the settings screen lists it with its version, and its history dialog shows who changed it,
 * when, and which properties were added, removed or changed.
 */
import { test, expect } from './fixtures';
import { CustomTypesPage } from './pages/custom-types-page';
import { StudioPage } from './pages/studio-page';
import { call, createEntity } from './studio-api';

test.use({ suite: 'custom-types' });

const SHOTS = 'e2e-output/screenshots';
const plan = {
  name: 'Plan2',
  extends: 'Intangible',
  description: 'A plan a customer pays for.',
  properties: { tier: { enum: ['free', 'pro'], required: true }, seats: { range: 'Integer', multiplicity: 'single' }, notes: { range: 'Text' } },
};

test('a stored custom type is browsed like any other, listed with its version and its history', async ({ page, app }) => {
  expect(await call(app.server, 'types.define', { definition: plan })).toMatchObject({ version: 1 });
  await createEntity(app.server, 'Plan2', { $id: 'plan-a', name: 'Team plan', tier: 'pro', seats: 5 });
  const { notes: _notes, ...kept } = plan.properties;
  expect(await call(app.server, 'types.define', { definition: { ...plan, properties: { ...kept, tier: { enum: ['free', 'pro', 'enterprise'], required: true } } }, expectedVersion: 1 })).toMatchObject({ version: 2 });

  const studio = new StudioPage(page);
  await studio.open(app.server.entryUrl);
  const custom = studio.sidebar.getByRole('group', { name: 'Custom types' });
  await expect(custom.getByRole('button', { name: /^Plan2\b/ })).toContainText('1');
  await studio.openType('Plan2');
  await expect(studio.row('Team plan')).toBeVisible();

  await studio.command('Collection settings', 'Collection settings');
  const types = new CustomTypesPage(page);
  await expect(types.row('Plan2')).toContainText('v2');
  await expect(types.row('Plan2')).toContainText('stored');
  await expect(types.row('Metric')).toContainText('example');

  await types.openHistory('Plan2');
  await expect(types.version(2)).toContainText('changed');
  await expect(types.version(2)).toContainText('− notes');
  await expect(types.version(2)).toContainText('~ tier: enum +enterprise');
  await expect(types.version(1)).toContainText('defined');
  await expect(types.version(1)).toContainText('+ seats');
  await page.screenshot({ path: `${SHOTS}/custom-types-history.png` });
});
