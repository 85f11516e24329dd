/** The studio's main screen as a test sees it. */
import type { Locator, Page } from '@playwright/test';

export class StudioPage {
  readonly sidebar: Locator;
  readonly table: Locator;
  readonly statusBar: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Entity types' });
    this.table = page.getByRole('grid');
    this.statusBar = page.getByRole('contentinfo', { name: 'Status' });
  }

  /** Opens the app at the server's entry URL (which trades the token for a cookie). */
  async open(entryUrl: string): Promise<void> {
    await this.page.goto(entryUrl);
  }

  /** The sidebar entry of a type. */
  typeEntry(type: string): Locator {
    return this.sidebar.getByRole('button', { name: new RegExp(`^${type}\\b`) });
  }

  /** Creates an entity through the "New <type>" dialog. */
  async create(type: string, fields: { name: string; email?: string }): Promise<void> {
    await this.page.getByRole('button', { name: `New ${type}` }).first().click();
    const dialog = this.page.getByRole('dialog', { name: `New ${type}` });
    await dialog.getByLabel('Name').fill(fields.name);
    if (fields.email !== undefined) await dialog.getByLabel('Email').fill(fields.email);
    await dialog.getByRole('button', { name: 'Create' }).click();
  }

  /** The table row that shows `text`. */
  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }
}
