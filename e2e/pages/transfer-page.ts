/** The import dialog and the Import and export view as a test sees them. */
import type { Locator, Page } from '@playwright/test';
import { StudioPage } from './studio-page';

export class TransferPage extends StudioPage {
  constructor(page: Page) {
    super(page);
  }

  /** Opens the Import and export view from the command palette. */
  async openView(): Promise<void> {
    await this.command('Import and export');
    await this.panel.getByRole('heading', { name: 'Import and export' }).waitFor();
  }

  /** The import dialog (titled "Import", then "Map columns to <type>"). */
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the import dialog and fills its first screen. */
  async chooseFile(file: { name: string; mimeType: string; buffer: Buffer }, type: string, mode: 'all' | 'valid'): Promise<void> {
    await this.panel.getByRole('button', { name: 'Import…' }).click();
    await this.dialog.getByLabel('File').setInputFiles(file);
    await this.dialog.getByLabel('Type').fill(type);
    await this.dialog.getByRole('radio', { name: mode === 'all' ? /Import nothing/ : /Import the valid rows/ }).check();
  }

  /** The mapping screen's property choice for a column. */
  propertyFor(header: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Property for column ${header}` });
  }

  /** The import's progress bar. */
  get progressBar(): Locator {
    return this.dialog.getByRole('progressbar', { name: 'Import progress' });
  }
}
