// Journeys: the options page's field editor as an admin uses it — every option open passes axe,
// saving without changes keeps every option of an imported adapter, and "Pick on page" fills a
// field from a click on the CRM page with a locator that reads the right value.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures.js';
import { demoCrm } from '../pages/crm.js';
import { adapterEditor, optionsPage } from '../pages/options.js';
import { badgeName, overlay } from '../pages/overlay.js';

const crm = 'http://localhost:4310';
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** An adapter using every case-page option of format v2. */
const everything = {
  id: 'govuk-everything',
  name: 'GOV.UK every option',
  version: 2,
  description: 'Uses every option the editor shows',
  origins: [crm],
  casePage: { urlPattern: String.raw`^/govuk/cases/[A-Z]{2}-\d{4}-\d{4}$`, visibleCase: 'main' },
  listPage: { urlPattern: '^/$', row: 'tr.case-row', fields: { reference: { selector: 'td.ref' }, stage1ReceivedOn: { selector: 'td.received', dateFormats: ['dd/MM/yyyy'] } } },
  header: { selector: 'h1' },
  fields: {
    reference: { selector: 'span.page-heading--secondary', pattern: String.raw`^([A-Z]{2}-\d{4}-\d{4})` },
    stage: { label: 'Complaint stage', labelDirection: 'label-then-value', read: 'text' },
    stage1ReceivedOn: { label: 'Date complaint received', within: '.govuk-summary-list', dateFormats: ['dd-MMM-yyyy', 'd MMM yyyy'] },
    stage1AcknowledgedOn: { label: 'Date acknowledged', dateFormats: ['dd-MMM-yyyy'], optional: true, emptyMarkers: ['Not yet'] },
    stage1ExtensionNotifiedOn: { label: 'Extension agreed with resident', dateFormats: ['dd-MMM-yyyy'], optional: true },
    stage1ExtendedTo: { label: 'Response deadline (extended)', dateFormats: ['dd-MMM-yyyy'], optional: true },
    stage1RespondedOn: { label: 'Date of stage 1 response', dateFormats: ['dd-MMM-yyyy'] },
    handler: { label: 'Case officer' },
    residentName: { label: 'Resident' },
  },
};

test('the field editor with every option open, and its test results, have no axe violations', async ({ page, context, extensionId }) => {
  const options = optionsPage(page, extensionId);
  await options.open();
  await options.importAdapterJson(JSON.stringify(everything));
  const tab = await context.newPage();
  await demoCrm(tab).govukCase('HC-2026-0463');
  await expect(overlay(tab).badge).toBeVisible();
  await page.bringToFront();
  const editor = await options.editAdapter('GOV.UK every option');
  for (const summary of await editor.form.getByText(/^More options/).all()) await summary.click();
  await editor.testOnPage();
  await expect(editor.testRow('Stage 1 extended to')).toContainText('2026-12-02');
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
});

test('saving an imported adapter without changes keeps every option', async ({ page, extensionId }) => {
  const options = optionsPage(page, extensionId);
  await options.open();
  await options.importAdapterJson(JSON.stringify(everything));
  const editor = await options.editAdapter('GOV.UK every option');
  await editor.save();
  await expect(options.status().filter({ hasText: 'Saved GOV.UK every option.' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export GOV.UK every option' }).click();
  const file = await (await download).path();
  expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(everything);
});

test('Pick on page: clicking values on the CRM page fills the fields with labels and hooks that read them', async ({ page, context, extensionId }) => {
  const options = optionsPage(page, extensionId);
  await options.open();
  const tab = await context.newPage();
  await demoCrm(tab).govukCase('HC-2026-0463');
  await page.bringToFront();
  const editor = await options.newAdapter();
  await editor.setText('Name', 'Picked GOV.UK');
  await editor.setText('Id (lower-case letters, digits, hyphens)', 'picked-govuk');
  await editor.setText('CRM addresses it is for (blank = any CRM you added)', crm);
  await editor.setText('Case page address pattern (matched against the path, query and #)', String.raw`^/govuk/cases/`);

  const pick = async (fact: string, value: string) => {
    await editor.form.getByRole('button', { name: `Pick on page: ${fact}`, exact: true }).click();
    const cell = tab.locator('.govuk-summary-list__value', { hasText: value });
    await cell.click();
    await expect(editor.form.getByRole('status')).toContainText(`${fact}: picked`);
  };
  await pick('Case reference', 'HC-2026-0463');
  await pick('Stage 1 received', '02-Nov-2026');
  await pick('Stage 1 acknowledged', '04-Nov-2026');
  await pick('Stage 1 extended to', '02-Dec-2026');
  await expect(editor.form.getByRole('textbox', { name: 'Case reference: selector or label', exact: true })).toHaveValue('Case reference');
  await expect(editor.form.getByRole('textbox', { name: 'Stage 1 received: selector or label', exact: true })).toHaveValue('Date complaint received');
  await expect(editor.form.getByRole('textbox', { name: 'Stage 1 extended to: selector or label', exact: true })).toHaveValue('Response deadline (extended)');
  for (const fact of ['Stage 1 received', 'Stage 1 acknowledged', 'Stage 1 extended to']) {
    await editor.setLocator(fact, { by: 'label', value: await editor.form.getByRole('textbox', { name: `${fact}: selector or label`, exact: true }).inputValue(), dateFormats: ['dd-MMM-yyyy'] });
  }
  await editor.save();
  await expect(options.status().filter({ hasText: 'Saved Picked GOV.UK.' })).toBeVisible();

  await tab.reload();
  // Acknowledged Wed 4 Nov, response due Wed 18 Nov, extended in the CRM to Wed 2 Dec: 6 working days left.
  await expect(overlay(tab).badge).toHaveAccessibleName(badgeName({ re: String.raw`Stage 1 response[^,]*` }, 'due Wed 2 Dec 2026', '6 working days left', 'On track'));
});

test('a platform template is copied, completed in the field editor, tested, and then used on the CRM', async ({ page, context, extensionId }) => {
  const options = optionsPage(page, extensionId);
  await options.open();
  const tab = await context.newPage();
  await demoCrm(tab).govukCase('HC-2026-0463');
  await page.bringToFront();
  await page.getByRole('button', { name: 'Copy and complete GOV.UK-style case page (template)' }).click();
  const editor = adapterEditor(page);
  await expect(editor.form).toContainText('This is a template');
  await editor.setText('CRM addresses it is for (blank = any CRM you added)', crm);
  await editor.setText('Case page address pattern (matched against the path, query and #)', String.raw`^/govuk/cases/[A-Z]{2}-\d{4}-\d{4}$`);
  const dates = ['dd-MMM-yyyy'];
  await editor.setLocator('Stage', { by: 'label', value: 'Complaint stage' });
  await editor.setLocator('Stage 1 received', { by: 'label', value: 'Date complaint received', dateFormats: dates });
  await editor.setLocator('Stage 1 acknowledged', { by: 'label', value: 'Date acknowledged', dateFormats: dates });
  await editor.setLocator('Stage 1 responded', { by: 'label', value: 'Date of stage 1 response', dateFormats: dates });
  await editor.setLocator('Stage 1 extended to', { by: 'label', value: 'Response deadline (extended)', dateFormats: dates });
  await editor.setLocator('Stage 1 extension notified', { by: 'label', value: 'Extension agreed with resident', dateFormats: dates });
  await editor.testOnPage();
  await expect(editor.testRow('Stage 1 received')).toContainText('2026-11-02');
  await expect(editor.testRow('Stage 1 extended to')).toContainText('2026-12-02');
  await expect(editor.testRow('Resident name')).toContainText('Mr Thomas Whitfield');
  await editor.form.getByRole('checkbox', { name: 'I have completed it: use it on my CRM' }).check();
  await editor.save();
  await expect(options.status().filter({ hasText: 'Saved GOV.UK-style case page.' })).toBeVisible();
  await expect(options.adapters().getByRole('listitem').filter({ hasText: 'my-govuk-case-table' })).toContainText('Yours');

  await tab.reload();
  // Due Wed 18 Nov, extended in the CRM to Wed 2 Dec (resident told Mon 16 Nov): 6 working days left, not Overdue.
  await expect(overlay(tab).badge).toHaveAccessibleName(badgeName({ re: String.raw`Stage 1 response[^,]*` }, 'due Wed 2 Dec 2026', '6 working days left', 'On track'));
});
