/** The query and aggregation builders as a test sees them. */
import type { Locator, Page } from '@playwright/test';

export class QueryPage {
  constructor(readonly page: Page) {}

  /** The active tab's panel. */
  get panel(): Locator {
    return this.page.locator('section[role="tabpanel"]:not([hidden])');
  }

  /** Opens a registered view through the command palette, clicking its entry. */
  async openView(title: 'Query builder' | 'Aggregation'): Promise<void> {
    await this.page.getByRole('button', { name: /^Go to/ }).click();
    const palette = this.page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').fill(title);
    await palette.getByRole('option', { name: new RegExp(`Open ${title}`) }).first().click();
  }

  /** Picks a field in a field combobox of `scope` by typing its path and clicking the suggestion. */
  async pickField(scope: Locator, label: string, path: string): Promise<void> {
    const box = scope.getByRole('combobox', { name: label });
    await box.click();
    await box.fill(path);
    await scope.getByRole('option', { name: new RegExp(`^${path.replace(/[.$]/g, '\\$&')}\\b`) }).first().click();
  }

  /** Adds a condition to the top group and fills it in. */
  async addCondition(group: Locator, n: number, field: string, operator: string, values: Record<string, string>): Promise<void> {
    await group.getByRole('button', { name: '+ Condition' }).last().click();
    const row = group.getByRole('group', { name: `Condition ${n}`, exact: true });
    await this.pickField(row, 'Field', field);
    await row.getByRole('combobox', { name: 'Operator' }).selectOption({ label: operator });
    for (const [label, value] of Object.entries(values)) await row.getByLabel(label, { exact: true }).fill(value);
  }

  /** The live count ("N results · x ms"). */
  get count(): Locator {
    return this.panel.getByRole('status').filter({ hasText: /results?|rows|Counting|error/ }).first();
  }
}
