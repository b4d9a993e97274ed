// Journeys: an admin sets the extension up for CRM pages built the way real products show fields
// (demo-crm/pages/styles), through the options page as they would (importing JSON, or the field
// editor), and the officer sees the right countdown. The suite's today is Tue 24 Nov 2026; every due
// date below is worked by hand from the demo data (HO Code 2024: acknowledge within 5 working days
// of receipt, respond within 10 of the acknowledgement; no bank holidays fall in Nov–early Dec 2026).
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { demoCrm } from '../pages/crm.js';
import { optionsPage } from '../pages/options.js';
import { badgeName, overlay } from '../pages/overlay.js';

const crm = 'http://localhost:4310';

async function importAdapter(page: Page, extensionId: string, adapter: object) {
  const options = optionsPage(page, extensionId);
  await options.open();
  await options.importAdapterJson(JSON.stringify(adapter, null, 2));
  await expect(options.status().filter({ hasText: /^Imported: added / })).toBeVisible();
  return options;
}

/** Dynamics 365 header tiles: the value comes before its label. */
const headerTiles = {
  id: 'd365-tiles',
  name: 'Dynamics header tiles',
  version: 2,
  origins: [crm],
  casePage: { urlPattern: String.raw`^/d365/main\.aspx\?.*pagetype=entityrecord` },
  header: { selector: '[data-id="form-header"]' },
  fields: {
    reference: { label: 'Case Number', labelDirection: 'value-then-label', within: '[data-id="header_overflowHolder"]' },
    stage: { selector: 'select[data-id="cc_complaintstage.fieldControl-option-set-select"]', read: 'selected-option' },
    stage1ReceivedOn: { selector: 'input[data-id="createdon.fieldControl-date-time-input"]', read: 'value', dateFormats: ['yyyy-MM-dd HH:mm'] },
    stage1AcknowledgedOn: { selector: 'input[data-id="cc_acknowledgedon.fieldControl-date-time-input"]', dateFormats: ['yyyy-MM-dd HH:mm'] },
    residentName: { selector: 'a[data-id^="customerid.fieldControl-LookupResultsDropdown"]', attribute: 'title' },
  },
};

test('header tiles: the reference is the value before "Case Number", not "NormalPriority"', async ({ page, extensionId }) => {
  await importAdapter(page, extensionId, headerTiles);
  await demoCrm(page).headerTilesCase();
  const countdown = overlay(page);
  // HC-2026-0446 received Thu 19 Nov 10:26, not acknowledged ("---"): 5 working days → Thu 26 Nov; 2 left.
  await expect(countdown.badge).toHaveAccessibleName(badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Thu 26 Nov 2026', '2 working days left', 'Due soon'));
  await countdown.open();
  await expect(page.getByRole('region', { name: 'Complaint timeline for HC-2026-0446' })).toBeVisible();
  await expect(countdown.host).not.toContainText('NormalPriority');
});

test('header tiles: with the label side left to "work it out", the reference is still not "NormalPriority"', async ({ page, extensionId }) => {
  const after = { ...headerTiles, id: 'd365-tiles-after', fields: { ...headerTiles.fields, reference: { label: 'Case Number', within: '[data-id="header_overflowHolder"]' } } };
  await importAdapter(page, extensionId, after);
  await demoCrm(page).headerTilesCase();
  const countdown = overlay(page);
  await countdown.open();
  // The element after "Case Number" is the next tile ("NormalPriority", not a reference); the one before is
  // HC-2026-0446. The reader takes the plausible side, or reports the field; it never stores "NormalPriority".
  await expect(page.getByRole('region', { name: 'Complaint timeline for HC-2026-0446' })).toBeVisible();
  await expect(countdown.host).not.toContainText('NormalPriority');
  await expect(page.getByRole('region', { name: 'Complaint timeline for NormalPriority' })).toHaveCount(0);
});

test('workspace tabs: the visible ticket’s countdown, changing when another tab is shown (set up in the field editor)', async ({ page, context, extensionId }) => {
  const options = optionsPage(page, extensionId);
  await options.open();
  const editor = await options.newAdapter();
  await editor.setText('Name', 'Helpdesk workspace');
  await editor.setText('Id (lower-case letters, digits, hyphens)', 'helpdesk-workspace');
  await editor.setText('CRM addresses it is for (blank = any CRM you added)', crm);
  await editor.setText('Case page address pattern (matched against the path, query and #)', '^/desk/agent/workspace');
  await editor.setText(/^Several cases open as tabs in one page\?/, '[data-test-id="ticket-pane"]');
  await editor.setLocator('Case header (the badge goes after it)', { by: 'selector', value: '.ticket-head' });
  await editor.setLocator('Case reference', { by: 'selector', value: '[data-test-id="ticket-number"]' });
  await editor.setLocator('Stage', { by: 'label', value: 'Complaint stage' });
  await editor.setLocator('Stage 1 received', { by: 'selector', value: '[data-test-id="ticket-created"] time', readFrom: 'An attribute (name it below)', attribute: 'datetime', dateFormats: ['iso'] });
  await editor.setLocator('Stage 1 acknowledged', { by: 'selector', value: '[data-test-id="ticket-acknowledged"] time', readFrom: 'An attribute (name it below)', attribute: 'datetime', dateFormats: ['iso'], optional: true });
  await editor.setLocator('Stage 1 responded', { by: 'selector', value: '[data-test-id="ticket-responded"] time', readFrom: 'An attribute (name it below)', attribute: 'datetime', dateFormats: ['iso'], optional: true });
  await editor.save();
  await expect(options.status().filter({ hasText: 'Saved Helpdesk workspace.' })).toBeVisible();

  const desk = await context.newPage();
  await demoCrm(desk).workspace();
  const countdown = overlay(desk);
  // HC-2026-0412 received Mon 23 Nov 08:00 → acknowledge by Mon 30 Nov; 4 working days left.
  await expect(countdown.badge).toHaveAccessibleName(badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Mon 30 Nov 2026', '4 working days left', 'On track'));
  const url = desk.url();
  // HC-2026-0480 received Tue 17 Nov → Wed 18, Thu 19, Fri 20, Mon 23, Tue 24: due today.
  await desk.getByRole('tab', { name: /HC-2026-0480/ }).click();
  await expect(countdown.badge).toHaveAccessibleName(badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Tue 24 Nov 2026', 'Due today'));
  // HC-2026-0548 received Thu 12 Nov → due Thu 19 Nov; Fri 20, Mon 23, Tue 24 late.
  await desk.getByRole('tab', { name: /HC-2026-0548/ }).click();
  await expect(countdown.badge).toHaveAccessibleName(badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Thu 19 Nov 2026', '3 working days late', 'Overdue'));
  await expect(countdown.host).toHaveCount(1);
  expect(desk.url()).toBe(url);
});

test('inline "Label: value" text: value patterns keep the number and the date', async ({ page, extensionId }) => {
  await importAdapter(page, extensionId, {
    id: 'housing-hub',
    name: 'Housing Hub',
    version: 2,
    origins: [crm],
    casePage: { urlPattern: String.raw`^/hub/complaints/\d{8}$` },
    header: { selector: 'h1.hub-title' },
    fields: {
      reference: { selector: 'h1.hub-title', pattern: String.raw`Complaint:\s*(\d+)` },
      stage: { selector: '.hub-facts', pattern: String.raw`Stage:\s*(\d)` },
      stage1ReceivedOn: { selector: 'span.raised', pattern: String.raw`Raised:\s*(.+)`, dateFormats: ['d MMM yyyy, HH:mm'] },
      stage1AcknowledgedOn: { selector: '.hub-facts', pattern: String.raw`Acknowledged:\s*(N/A|\d{1,2} \w{3} \d{4})`, dateFormats: ['d MMM yyyy'] },
      stage1RespondedOn: { selector: '.hub-facts', pattern: String.raw`Responded:\s*(N/A|\d{1,2} \w{3} \d{4})`, dateFormats: ['d MMM yyyy'] },
      residentName: { selector: 'td.resident', pattern: '^([^,]+)' },
    },
  });
  await demoCrm(page).inlineComplaint('10000463');
  const countdown = overlay(page);
  // Raised Mon 2 Nov, acknowledged Wed 4 Nov → respond within 10 working days: Wed 18 Nov; 4 late.
  await expect(countdown.badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Wed 18 Nov 2026', '4 working days late', 'Overdue'));
  await countdown.open();
  await expect(page.getByRole('region', { name: 'Complaint timeline for 10000463' })).toBeVisible();
});

test('GOV.UK summary list: an extension agreed in the CRM means the case is not Overdue', async ({ page, extensionId }) => {
  const dates = ['dd-MMM-yyyy'];
  await importAdapter(page, extensionId, {
    id: 'govuk-cases',
    name: 'GOV.UK case tool',
    version: 2,
    origins: [crm],
    casePage: { urlPattern: String.raw`^/govuk/cases/[A-Z]{2}-\d{4}-\d{4}$` },
    header: { selector: 'h1' },
    fields: {
      reference: { label: 'Case reference' },
      stage: { label: 'Complaint stage' },
      stage1ReceivedOn: { label: 'Date complaint received', dateFormats: dates },
      stage1AcknowledgedOn: { label: 'Date acknowledged', dateFormats: dates },
      stage1ExtensionNotifiedOn: { label: 'Extension agreed with resident', dateFormats: dates, optional: true },
      stage1ExtendedTo: { label: 'Response deadline (extended)', dateFormats: dates, optional: true },
      stage1RespondedOn: { label: 'Date of stage 1 response', dateFormats: dates },
    },
  });
  await demoCrm(page).govukCase('HC-2026-0463');
  const countdown = overlay(page);
  // Response was due Wed 18 Nov; the resident was told on Mon 16 Nov of 10 more working days: Wed 2 Dec.
  // From Tue 24 Nov: Wed 25, Thu 26, Fri 27, Mon 30, Tue 1, Wed 2 → 6 working days left.
  await expect(countdown.badge).toHaveAccessibleName(badgeName({ re: String.raw`Stage 1 response[^,]*` }, 'due Wed 2 Dec 2026', '6 working days left', 'On track'));
  await expect(countdown.badge).not.toHaveAccessibleName(/Overdue/);
});

test('Test on this page lists each field: what it read, what it understood, and the reply editor', async ({ page, context, extensionId }) => {
  const options = await importAdapter(page, extensionId, headerTiles);
  const tab = await context.newPage();
  await demoCrm(tab).headerTilesCase();
  await expect(overlay(tab).badge).toBeVisible();
  await page.bringToFront();
  const editor = await options.editAdapter('Dynamics header tiles');
  await editor.testOnPage();
  await expect(editor.testRow('Case header')).toBeVisible();
  await expect(editor.testRow('Case reference')).toContainText('HC-2026-0446');
  await expect(editor.testRow('Stage')).toContainText('Stage 1');
  await expect(editor.testRow('Stage 1 received')).toContainText('2026-11-19 10:26');
  await expect(editor.testRow('Stage 1 received')).toContainText('2026-11-19');
  await expect(editor.testRow('Stage 1 acknowledged')).toContainText('No value yet (not a problem)');
  await expect(editor.testRow('Resident name')).toContainText('Ms Priya Sharma');
  await expect(editor.testResults().getByRole('row')).toHaveCount(1 + 6);
  await expect(editor.form).toContainText('Reply editor: This adapter names no reply editor');
  // The CRM tab outlines what was read in the extension's own layer, and nothing else changed.
  await expect(tab.locator('complaint-code-test-layer')).toHaveCount(1);
});
