// Journey: an admin sets up a Salesforce-style org the way they would for their own CRM — grant the
// origin, import an adapter whose editor locator names the publisher's frames — and the officer gets
// the checklist inside the nested editor frames. Saving the adapter in the field editor keeps the
// editor's frames and roles (nothing is dropped on save). The "org" is the demo CRM on a second
// origin, http://127.0.0.1:4310, which no built-in adapter names.
//
// HC-2026-0429 (today Tue 24 Nov 2026): acknowledged Fri 20 Nov → response due Fri 4 Dec, 8 working
// days left (HO Code 2024, 6.3).
import { salesforceId } from '../demo-crm/pages/salesforce.js';
import { demoComplaints } from '../demo-crm/data.js';
import { demoToday, expect, test } from '../fixtures.js';
import { checklist } from '../pages/checklist.js';
import { boxText, typeAtEnd } from '../pages/framed-editors.js';
import { optionsPage } from '../pages/options.js';
import { badgeName, overlay } from '../pages/overlay.js';

const org = 'http://127.0.0.1:4310';
test.use({ grantedOrigins: [`${org}/*`] });

const field = (name: string) => ({ selector: `[data-target-selection-name="sfdc:RecordField.Case.${name}"] .test-id__field-value` });
const orgAdapter = {
  id: 'harbourside-salesforce',
  name: 'Harbourside Salesforce',
  version: 1,
  origins: [org],
  casePage: { urlPattern: '^/lightning/r/Case/[A-Za-z0-9]{18}/view' },
  header: { selector: '.slds-page-header__title' },
  fields: {
    reference: field('CaseNumber'),
    stage1ReceivedOn: field('CreatedDate'),
    stage1AcknowledgedOn: field('Acknowledged_Date__c'),
    stage1RespondedOn: field('Stage_1_Response_Date__c'),
  },
  editor: {
    frames: ['iframe[title="CK Editor Container"]', 'iframe[title="Email Body"]'],
    selector: 'body[contenteditable="true"]',
    never: '.internal-note',
  },
};

test('an imported adapter naming the publisher frames puts the checklist on the nested editor, and survives Save', async ({ page, extensionId }) => {
  const complaint = demoComplaints(demoToday).find((candidate) => candidate.reference === 'HC-2026-0429');
  if (!complaint) throw new Error('demo data changed');
  const casePage = `${org}/lightning/r/Case/${salesforceId(complaint)}/view`;

  const options = optionsPage(page, extensionId);
  await options.open();
  await options.addCrm(org);
  await options.importAdapterJson(JSON.stringify(orgAdapter));
  await expect(options.status().filter({ hasText: 'Imported: added harbourside-salesforce' })).toBeVisible();
  // Saved once through the field editor: the editor's frames must not be dropped.
  await page.getByRole('button', { name: 'Edit Harbourside Salesforce' }).click();
  await page.getByRole('form', { name: 'Edit adapter Harbourside Salesforce' }).getByRole('button', { name: 'Save adapter' }).click();
  await expect(options.status().filter({ hasText: 'Saved Harbourside Salesforce' })).toBeVisible();

  await page.goto(casePage);
  await expect(overlay(page).badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Fri 4 Dec 2026', '8 working days left', 'On track'));
  await expect(page.locator('iframe[title="CK Editor Container"] + complaint-code-checklist')).toHaveCount(1);
  const body = page.frameLocator('iframe[title="CK Editor Container"]').frameLocator('iframe[title="Email Body"]').locator('body');
  const list = checklist(page);
  await list.kind.selectOption({ label: 'Stage 1 response' });
  await typeAtEnd(page, body, 'This is our stage 1 response.');
  await expect(list.element('stage')).toHaveAttribute('data-present', 'true');
  await list.add('Outstanding actions').click();
  await expect.poll(() => boxText(body)).toContain('This is our stage 1 response. We will [outstanding action]');
});
