/** The History tab of the active entity as a test sees it: timeline, compare table, revert and reveal. */
import type { Locator, Page } from '@playwright/test';

export class HistoryPage {
  constructor(readonly page: Page) {}

  /** The active tab's panel. */
  get panel(): Locator {
    return this.page.locator('section[role="tabpanel"]:not([hidden])');
  }

  /** Opens the History tab of the entity view. */
  async open(): Promise<void> {
    await this.panel.getByRole('tab', { name: 'History' }).click();
  }

  /** The timeline of versions. */
  get timeline(): Locator {
    return this.panel.getByRole('list', { name: 'Versions' });
  }

  /** The table of changed fields. */
  get changes(): Locator {
    return this.panel.locator('.change-table');
  }

  /** The row of a changed field. */
  change(field: string): Locator {
    return this.changes.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: field, exact: true }) });
  }

  /** Reverts the whole entity to a version, confirming the dialog. */
  async revertTo(version: number): Promise<void> {
    await this.panel.getByRole('button', { name: `Revert to version ${version}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Revert to version ${version}?` });
    await dialog.locator('.change-table').waitFor();
    await dialog.getByRole('button', { name: 'Revert', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Reveals a masked field, giving a reason. */
  async reveal(field: string, reason: string): Promise<void> {
    await this.panel.getByRole('button', { name: `Reveal ${field}` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Reveal ${field}` });
    await dialog.getByLabel('Reason').fill(reason);
    await dialog.getByRole('button', { name: 'Reveal', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
