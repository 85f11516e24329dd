/** The vocabulary browser as a test sees it: sections, searches, trees and the open entry. */
import { expect, type Locator, type Page } from '@playwright/test';

/** A section of the browser, by its tab label. */
export type VocabularySection = 'Types' | 'Industries (NAICS)' | 'Occupations (O*NET)';

export class VocabularyPage {
  constructor(readonly page: Page) {}

  /** The active shell tab's panel. */
  get panel(): Locator {
    return this.page.locator('section[role="tabpanel"]:not([hidden])');
  }

  /** The visible section of the browser. */
  get section(): Locator {
    return this.panel.locator('[role="tabpanel"]:not([hidden])');
  }

  /** Opens the Vocabulary view through the command palette, clicking its entry. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: /^Go to/ }).click();
    const palette = this.page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').fill('vocabulary');
    await palette.getByRole('option', { name: /Open Vocabulary/ }).first().click();
    await expect(this.panel.getByRole('heading', { name: 'Vocabulary', level: 1 })).toBeVisible();
  }

  /** Switches to a section (Types, NAICS, O*NET). */
  async show(section: VocabularySection): Promise<void> {
    await this.panel.getByRole('tablist', { name: 'Vocabularies' }).getByRole('tab', { name: section }).click();
  }

  /** The tree of the visible section. */
  get tree(): Locator {
    return this.section.getByRole('tree');
  }

  /** A tree row by its name (a type name, or "code title"). */
  node(name: string | RegExp): Locator {
    return this.tree.getByRole('treeitem', { name, exact: typeof name === 'string' });
  }

  /** Opens a tree row's children (unless open already) and waits for them. */
  async expand(name: string | RegExp): Promise<void> {
    const row = this.node(name);
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.getByRole('button', { name: /^Expand / }).click();
    await expect(row).toHaveAttribute('aria-expanded', 'true');
    await expect(row).not.toHaveAttribute('aria-busy', 'true');
  }

  /** Types into the visible section's search box and clicks the suggestion whose name starts with `pick`. */
  async search(label: string, query: string, pick: string): Promise<void> {
    const box = this.section.getByRole('combobox', { name: label });
    await box.fill(query);
    await this.section.getByRole('option', { name: new RegExp(`^${pick.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
  }

  /** The heading of the open entry (a type, a code, an occupation). */
  get heading(): Locator {
    return this.section.getByRole('heading', { level: 2 });
  }

  /** The open type's properties declared by `group` ("Properties of Person", "From Thing"). */
  propertyTable(group: string, own = true): Locator {
    return this.section.getByRole('table', { name: own ? `Properties of ${group}` : `From ${group}` });
  }

  /** A property's row in a property table. */
  property(table: Locator, name: string): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) });
  }

  /** The "Expected type" cell of a property's row. */
  range(table: Locator, name: string): Locator {
    return this.property(table, name).getByRole('cell').first();
  }
}
