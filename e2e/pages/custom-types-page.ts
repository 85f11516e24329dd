/** The Custom types panel of the settings screen and its history dialog, as a test sees them. */
import type { Locator, Page } from '@playwright/test';

export class CustomTypesPage {
  readonly panel: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Custom types' });
    this.dialog = page.getByRole('dialog');
  }

  /** The panel's row of a type. */
  row(name: string): Locator {
    return this.panel.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) });
  }

  /** Opens a type's history dialog. */
  async openHistory(name: string): Promise<void> {
    await this.panel.getByRole('button', { name: `History of ${name}` }).click();
    await this.dialog.waitFor();
  }

  /** The dialog's entry of one version. */
  version(n: number): Locator {
    return this.dialog.getByRole('listitem').filter({ hasText: new RegExp(`^v${n}(?!\\d)`) });
  }
}
