/** Page object for the extension's options page (CRM origins, adapters, the field editor). */
import type { Page } from '@playwright/test';

/** One locator row of the field editor, as an admin fills it in. */
export interface LocatorInput {
  by: 'selector' | 'label';
  value: string;
  within?: string;
  labelSide?: 'After its label' | 'Before its label (as in Dynamics 365 header tiles)';
  readFrom?: 'The text shown' | 'A form box’s value' | 'The chosen option of a drop-down' | 'An attribute (name it below)';
  attribute?: string;
  pattern?: string;
  dateFormats?: string[];
  optional?: boolean;
}

export function adapterEditor(page: Page) {
  const form = page.getByRole('form', { name: /^Edit adapter/ });
  return {
    form,
    async setText(name: string | RegExp, value: string) {
      await form.getByRole('textbox', { name, exact: typeof name === 'string' }).fill(value);
    },
    /** Fills one fact's row, opening its "More options" when an option is given. */
    async setLocator(fact: string, input: LocatorInput) {
      await form.getByRole('combobox', { name: `${fact}: found by`, exact: true }).selectOption(input.by);
      await form.getByRole('textbox', { name: `${fact}: selector or label`, exact: true }).fill(input.value);
      const more = [input.within, input.labelSide, input.readFrom, input.attribute, input.pattern, input.dateFormats, input.optional].some((option) => option !== undefined);
      if (!more) return;
      const row = form.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${fact}( \\(required\\))?$`) }) });
      await row.getByText(/^More options/).click();
      if (input.within !== undefined) await form.getByRole('textbox', { name: `${fact}: only inside`, exact: true }).fill(input.within);
      if (input.labelSide) await form.getByRole('combobox', { name: `${fact}: label side`, exact: true }).selectOption({ label: input.labelSide });
      if (input.readFrom) await form.getByRole('combobox', { name: `${fact}: read from`, exact: true }).selectOption({ label: input.readFrom });
      if (input.attribute !== undefined) await form.getByRole('textbox', { name: `${fact}: attribute`, exact: true }).fill(input.attribute);
      if (input.pattern !== undefined) await form.getByRole('textbox', { name: `${fact}: value pattern`, exact: true }).fill(input.pattern);
      if (input.dateFormats) await form.getByRole('textbox', { name: `${fact}: date formats`, exact: true }).fill(input.dateFormats.join('\n'));
      if (input.optional !== undefined) await form.getByRole('checkbox', { name: `${fact}: optional`, exact: true }).setChecked(input.optional);
    },
    async save() {
      await form.getByRole('button', { name: 'Save adapter' }).click();
    },
    /** "Test on this page" against the CRM tab used last; resolves once the results table shows. */
    async testOnPage() {
      await form.getByRole('button', { name: 'Test on this page' }).click();
      await form.getByRole('table', { name: 'What each field read' }).waitFor();
    },
    testResults: () => form.getByRole('table', { name: 'What each field read' }),
    /** The results row for one field (`Case reference`, `Stage 1 received`, …). */
    testRow: (field: string) => form.getByRole('table', { name: 'What each field read' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: field, exact: true }) }),
  };
}

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
    /** Opens the field editor on a new adapter. */
    async newAdapter() {
      await page.getByRole('button', { name: 'New adapter' }).click();
      return adapterEditor(page);
    },
    /** Opens the field editor on one of the admin's adapters. */
    async editAdapter(name: string) {
      await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
      return adapterEditor(page);
    },
    status: () => page.getByRole('status'),
    alert: () => page.getByRole('alert'),
  };
}
