/**
 * The vocabulary browser as a user meets it: open it from the command palette, walk the type
 * tree from Thing to Person, read a property's expected type and follow it to Organization,
 * find a type despite a typo, read an enumeration's members, and find an O*NET occupation and
 * a NAICS code by search and by the tree.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { VocabularyPage } from './pages/vocabulary-page';

test.use({ suite: 'vocabulary' });

test('browses types from Thing to Person, follows a range, searches with a typo, reads an enumeration', async ({ page, app }) => {
  const vocab = new VocabularyPage(page);
  await new StudioPage(page).open(app.server.entryUrl);
  await vocab.open();
  await expect(vocab.heading).toHaveText('Thing');
  await expect(vocab.node('Thing')).toHaveAttribute('aria-expanded', 'false');

  await vocab.expand('Thing');
  await expect(vocab.node('Organization')).toHaveAttribute('aria-level', '2');
  await vocab.node('Person').click();
  await expect(vocab.heading).toHaveText('Person');
  await expect(vocab.node('Person')).toHaveAttribute('aria-selected', 'true');
  const path = vocab.section.getByRole('navigation', { name: 'Type path' });
  await expect(path.getByRole('button', { name: 'Thing' })).toBeVisible();
  await expect(path.getByRole('listitem').last()).toHaveText('Person');

  // Own properties first, Thing's last; entity ranges are links, data types plain text.
  const own = vocab.propertyTable('Person');
  const fromThing = vocab.propertyTable('Thing', false);
  await expect(vocab.section.getByRole('table')).toHaveCount(2);
  await expect(vocab.section.getByRole('table').last()).toHaveAccessibleName('From Thing');
  await expect(vocab.range(own, 'worksFor').getByRole('button', { name: 'Organization' })).toBeVisible();
  await expect(vocab.range(own, 'birthDate')).toHaveText('Date');
  await expect(vocab.range(own, 'birthDate').getByRole('button')).toHaveCount(0);
  await expect(vocab.property(own, 'birthDate').getByText('Personal')).toBeVisible();
  await expect(vocab.property(fromThing, 'name')).toBeVisible();
  await page.screenshot({ path: 'e2e-output/screenshots/vocabulary-person.png' });

  // Superseded properties stay hidden until asked for.
  await expect(vocab.property(own, 'awards')).toHaveCount(0);
  await vocab.section.getByRole('checkbox', { name: /Show superseded/ }).check();
  await expect(vocab.property(own, 'awards')).toContainText('superseded by award');
  await vocab.section.getByRole('searchbox', { name: 'Filter properties' }).fill('birth');
  await expect(own.getByRole('rowheader')).toHaveText([/^birthDate/, /^birthPlace/]);
  await vocab.section.getByRole('searchbox', { name: 'Filter properties' }).fill('');

  await vocab.range(own, 'worksFor').getByRole('button', { name: 'Organization' }).click();
  await expect(vocab.heading).toHaveText('Organization');
  await expect(vocab.node('Organization')).toHaveAttribute('aria-selected', 'true');
  await expect(vocab.section.getByText('An organization such as a school, NGO, corporation, club, etc.')).toBeVisible();
  await expect(vocab.propertyTable('Organization')).toBeVisible();

  await vocab.search('Search types', 'Persn', 'Person');
  await expect(vocab.heading).toHaveText('Person');

  await vocab.search('Search types', 'ItemAvailability', 'ItemAvailability');
  await expect(vocab.heading).toHaveText('ItemAvailability');
  await expect(vocab.section.getByText('enumeration', { exact: true })).toBeVisible();
  const members = vocab.section.getByRole('table', { name: 'Members of ItemAvailability' });
  await expect(vocab.property(members, 'InStock')).toContainText('Indicates that the item is in stock.');
  // The tree opened the way down to it: Thing › Intangible › Enumeration › ItemAvailability.
  await expect(vocab.node('ItemAvailability')).toHaveAttribute('aria-level', '4');
  await expect(vocab.node('ItemAvailability')).toHaveAttribute('aria-selected', 'true');

  const axe = await new AxeBuilder({ page }).include('section[role="tabpanel"]:not([hidden])').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id} ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});

test('finds an O*NET occupation and a NAICS code by search and by the tree', async ({ page, app }) => {
  const vocab = new VocabularyPage(page);
  await new StudioPage(page).open(app.server.entryUrl);
  await vocab.open();

  await vocab.show('Occupations (O*NET)');
  await vocab.search('Search occupations', 'software developer', '15-1252.00');
  await expect(vocab.heading).toHaveText('Software Developers');
  await expect(vocab.section.getByText(/^Research, design, and develop computer and network software/)).toBeVisible();
  await expect(vocab.section.getByRole('navigation', { name: 'O*NET path' })).toContainText('15 Computer and Mathematical Occupations');
  await expect(vocab.node('15-1252.00 Software Developers')).toHaveAttribute('aria-selected', 'true');

  await vocab.show('Industries (NAICS)');
  await expect(vocab.node(/^54 Professional/)).toBeVisible();
  await vocab.expand(/^54 Professional/);
  await vocab.expand(/^541 Professional/);
  await vocab.node('5415 Computer Systems Design and Related Services').click();
  await expect(vocab.heading).toHaveText('Computer Systems Design and Related Services');
  await expect(vocab.section.getByRole('region', { name: /Codes in 5415/ }).getByRole('button', { name: /^54151 / })).toBeVisible();

  await vocab.search('Search industries', 'custom computer programming', '541511');
  await expect(vocab.heading).toHaveText('Custom Computer Programming Services');
  await expect(vocab.section.getByText(/writing, modifying, testing, and supporting software/)).toBeVisible();
  // The codes above it, from the sector down, each a link.
  await expect(vocab.section.getByRole('term')).toHaveText(['Sector', 'Subsector', 'Industry group', 'Industry']);
  await expect(vocab.section.getByRole('definition').nth(2)).toHaveText('5415 Computer Systems Design and Related Services');
  await expect(vocab.node('541511 Custom Computer Programming Services')).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: 'e2e-output/screenshots/vocabulary-naics.png' });

  // Switching back keeps each section where it was.
  await vocab.show('Occupations (O*NET)');
  await expect(vocab.heading).toHaveText('Software Developers');
});
