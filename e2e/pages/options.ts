/** Page object for the extension's options page (CRM origins and adapters). */
import type { Page } from '@playwright/test';

export function optionsPage(page: Page, extensionId: string) {
  return {
    async open() {
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.getByRole('heading', { name: 'Your CRM' }).waitFor();
    },
    crmAddresses: () => page.getByRole('list', { name: 'CRM addresses' }),
    adapters: () => page.getByRole('list', { name: 'Adapters' }),
    /** Adds a CRM origin (the browser grants it without a prompt when the build already has it). */
    async addCrm(origin: string) {
      await page.getByRole('textbox', { name: 'CRM address' }).fill(origin);
      await page.getByRole('button', { name: 'Add CRM' }).click();
    },
    async importAdapterJson(json: string) {
      await page.getByRole('textbox', { name: 'Or paste adapter JSON' }).fill(json);
      await page.getByRole('button', { name: 'Import pasted JSON' }).click();
    },
    status: () => page.getByRole('status'),
    alert: () => page.getByRole('alert'),
  };
}
