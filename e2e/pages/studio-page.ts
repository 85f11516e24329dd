/** The studio's frame as a test sees it: sidebar, tabs, palette, the open table and the status bar. */
import type { Locator, Page } from '@playwright/test';

export class StudioPage {
  readonly sidebar: Locator;
  readonly statusBar: Locator;
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation', { name: 'Entity types' });
    this.statusBar = page.getByRole('contentinfo', { name: 'Status' });
    this.tabs = page.getByRole('tablist', { name: 'Open tabs' });
  }

  /** Opens the app at the server's entry URL (which trades the token for a cookie). */
  async open(entryUrl: string): Promise<void> {
    await this.page.goto(entryUrl);
    // The status bar fills in once the app has mounted and reached the main process: from then on
    // its keyboard shortcuts (Ctrl+K) are listening.
    await this.page.getByRole('contentinfo', { name: 'Status' }).getByText(/Server mode|Desktop/).waitFor();
  }

  /** The panel of the active tab. */
  get panel(): Locator {
    return this.page.locator('section[role="tabpanel"]:not([hidden])');
  }

  /** The table of the active tab. */
  get table(): Locator {
    return this.panel.getByRole('grid');
  }

  /** The sidebar entry of a type. */
  typeEntry(type: string): Locator {
    return this.sidebar.getByRole('button', { name: new RegExp(`^${type}\\b`) });
  }

  /** Opens a type's table from the sidebar. */
  async openType(type: string): Promise<void> {
    await this.typeEntry(type).click();
  }

  /** The table row that shows `text`. */
  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  /** Types into a column's quick filter. */
  async filter(column: string, text: string): Promise<void> {
    await this.table.getByRole('searchbox', { name: `Filter ${column}` }).fill(text);
  }

  /** Finds an entity by name with the quick filter of the Name column and opens it. */
  async findAndOpen(type: string, name: string): Promise<void> {
    await this.openType(type);
    await this.filter('Name', name);
    const row = this.row(name);
    await row.first().waitFor();
    await this.page.waitForFunction(() => document.querySelectorAll('section[role="tabpanel"]:not([hidden]) [role="row"][aria-selected]').length === 1);
    await row.first().getByRole('gridcell').nth(1).getByRole('button').click();
  }

  /** Opens the command palette and runs the first result for `query`. */
  async command(query: string, pick?: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const palette = this.page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').fill(query);
    if (pick) await palette.getByRole('option', { name: new RegExp(pick) }).first().click();
    else await this.page.keyboard.press('Enter');
  }

  /** Creates an entity in a "New <type>" tab: the empty studio's button, else the table's. */
  async create(type: string, fields: { name: string; email?: string }): Promise<void> {
    await this.page.getByRole('button', { name: `New ${type}` }).first().click();
    const form = this.panel.getByRole('form', { name: `${type} form` });
    await form.locator('[data-path="name"]').getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.email !== undefined) await form.locator('[data-path="email"]').getByLabel('Email', { exact: true }).fill(fields.email);
    await this.panel.getByRole('button', { name: `Create ${type}` }).click();
  }

  /** The tab titled `title`. */
  tab(title: string | RegExp): Locator {
    return this.tabs.getByRole('tab', { name: title });
  }
}
