/** The entity editor of the active tab as a test sees it: fields by path, pickers, save and the conflict view. */
import type { Locator, Page } from '@playwright/test';

export class EditorPage {
  constructor(readonly page: Page) {}

  /** The active tab's panel. */
  get panel(): Locator {
    return this.page.locator('section[role="tabpanel"]:not([hidden])');
  }

  /** The field at a form path (`jobTitle`, `worksFor.naics`). */
  field(path: string): Locator {
    return this.panel.locator(`[data-path="${path}"]`);
  }

  /** The labelled control of a field. */
  control(path: string, label: string): Locator {
    return this.field(path).getByLabel(label, { exact: true }).first();
  }

  /** Fills a text-like field. */
  async fill(path: string, label: string, value: string): Promise<void> {
    await this.control(path, label).fill(value);
  }

  /** Adds a property through "Add property" of the form (or of a sub-form at `base`). */
  async addProperty(name: string, base?: string): Promise<void> {
    const scope = base ? this.field(base) : this.panel.locator('form');
    await scope.getByRole('button', { name: '+ Add property' }).last().click();
    await this.page.getByRole('searchbox', { name: /Search .* properties/ }).fill(name);
    await this.page.getByRole('button', { name: new RegExp(`^${name}`, 'i') }).first().click();
  }

  /** Chooses how an entity-ranged field is filled: "Link existing", "New X here" or "Text". */
  async choose(path: string, option: string | RegExp): Promise<void> {
    await this.field(path).getByRole('radio', { name: option }).first().click();
  }

  /** Picks an entity in a reference field by searching for `query`. */
  async link(path: string, query: string, option: string | RegExp): Promise<void> {
    await this.field(path).getByRole('combobox').first().fill(query);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Picks a NAICS or O*NET code by searching for `query`. */
  async pickCode(path: string, query: string, option: string | RegExp): Promise<void> {
    await this.field(path).getByRole('combobox').fill(query);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Saves with the keyboard shortcut. */
  async saveWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  /** The Save button of the header. */
  get saveButton(): Locator {
    return this.panel.getByRole('button', { name: 'Save', exact: true });
  }

  /** The conflict view. */
  get conflict(): Locator {
    return this.panel.getByRole('region', { name: /Changed elsewhere/ });
  }

  /** The header's version note ("Version 2"). */
  get saveState(): Locator {
    return this.panel.locator('.save-state');
  }
}
