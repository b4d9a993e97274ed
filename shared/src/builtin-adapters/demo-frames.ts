/**
 * Adapters for the demo CRM's pages in other products' DOM styles, where the reply editor sits in
 * frames, beside an internal note, or in a composer toggled between reply and note. Each doubles as
 * a worked example of the editor locator (see adapter-editor.ts):
 * - Salesforce Lightning-style case: the email body two frames down (`frames`);
 * - Dynamics 365-style email form: a `srcdoc` frame holding CKEditor 4's about:blank body frame;
 * - ServiceNow classic: the whole form in `iframe#gsft_main` (the content script runs in that
 *   frame, which owns the case); "Work notes" are never the reply (`never`);
 * - helpdesk conversation: the reply box revealed by "Reply", an internal note beside it (`never`);
 * - one-box composer: the reply only while the composer is a public reply (`replyWhen`).
 *
 * Test pages: `pnpm demo`, then the URLs in e2e/README.md ("Pages in other products' styles").
 */
import type { CrmAdapter } from '../adapter.js';

const demoOrigin = 'http://localhost:4310';
const salesforceField = (name: string) => ({ selector: `[data-target-selection-name="sfdc:RecordField.Case.${name}"] .test-id__field-value` });
const dynamicsQuickView = (name: string, control = 'date-time-input') => ({ selector: `[data-id="regardingobjectid_qfc"] [data-id="${name}.fieldControl-${control}"]` });
const serviceNowField = (name: string, readonly = false) => ({ selector: `[id="${readonly ? 'sys_readonly.' : ''}x_hh_complaint.${name}"]` });
const helpdeskDate = (id: string) => ({ selector: `#${id} .thread-date`, attribute: 'data-time' });
const ticketField = (name: string) => ({ selector: `[data-test-id="ticket-form-field-${name}"] input` });

/**
 * @example
 * isCasePage(new URL('http://localhost:4310/lightning/r/Case/500a1b2c3d4e5f6a7b/view'), demoSalesforce); //=> true
 */
export const demoSalesforce = {
  id: 'demo-salesforce',
  name: 'Demo CRM – Salesforce Lightning-style case',
  version: 2,
  description: 'A Lightning case record: record layout items, and the email publisher body two frames down.',
  origins: [demoOrigin],
  casePage: { urlPattern: String.raw`^/lightning/r/Case/[A-Za-z0-9]{18}/view` },
  header: { selector: '.slds-page-header__title' },
  fields: {
    reference: salesforceField('CaseNumber'),
    stage: salesforceField('Complaint_Stage__c'),
    stage1ReceivedOn: salesforceField('CreatedDate'),
    stage1AcknowledgedOn: salesforceField('Acknowledged_Date__c'),
    stage1RespondedOn: salesforceField('Stage_1_Response_Date__c'),
    stage2RequestedOn: salesforceField('Stage_2_Requested_Date__c'),
    stage2AcknowledgedOn: salesforceField('Stage_2_Acknowledged_Date__c'),
    stage2RespondedOn: salesforceField('Stage_2_Response_Date__c'),
    handler: salesforceField('OwnerId'),
    residentName: salesforceField('ContactId'),
  },
  editor: { frames: ['iframe[title="CK Editor Container"]', 'iframe[title="Email Body"]'], selector: 'body.cke_editable' },
} satisfies CrmAdapter;

/**
 * @example
 * isCasePage(new URL('http://localhost:4310/dyn/main.aspx?pagetype=entityrecord&etn=email&id=1'), demoDynamicsEmail); //=> true
 */
export const demoDynamicsEmail = {
  id: 'demo-dynamics-email',
  name: 'Demo CRM – Dynamics 365-style email form',
  version: 2,
  description: 'An email activity regarding a case (quick view of the case), its body in nested editor frames.',
  origins: [demoOrigin],
  casePage: { urlPattern: String.raw`^/dyn/main\.aspx\?(?:.*&)?(?:etn=email&(?:.*&)?pagetype=entityrecord|pagetype=entityrecord&(?:.*&)?etn=email)(?:[&#]|$)` },
  header: { selector: '[data-id="header_title"]' },
  fields: {
    reference: dynamicsQuickView('ticketnumber', 'text-box-text'),
    stage: dynamicsQuickView('cc_complaintstage', 'text-box-text'),
    stage1ReceivedOn: dynamicsQuickView('createdon'),
    stage1AcknowledgedOn: dynamicsQuickView('cc_acknowledgedon'),
    stage1RespondedOn: dynamicsQuickView('cc_stage1responseon'),
    stage2RequestedOn: dynamicsQuickView('cc_escalatedon'),
    stage2AcknowledgedOn: dynamicsQuickView('cc_stage2acknowledgedon'),
    stage2RespondedOn: dynamicsQuickView('cc_stage2responseon'),
    handler: dynamicsQuickView('ownerid', 'text-box-text'),
  },
  editor: { frames: ['iframe.fullPageContentEditorFrame', 'iframe.cke_wysiwyg_frame'], selector: 'body[contenteditable="true"]' },
} satisfies CrmAdapter;

/**
 * The case page is the form inside `iframe#gsft_main`, not the navigator page around it.
 *
 * @example
 * isCasePage(new URL('http://localhost:4310/sn/x_hh_complaint.do?sys_id=0123456789abcdef0123456789abcdef'), demoServiceNow); //=> true
 */
export const demoServiceNow = {
  id: 'demo-servicenow',
  name: 'Demo CRM – ServiceNow classic-style form',
  version: 2,
  description: 'A classic form in iframe#gsft_main; the reply is "Additional comments", never "Work notes".',
  origins: [demoOrigin],
  casePage: { urlPattern: String.raw`^/sn/x_hh_complaint\.do\?(?:.*&)?sys_id=[0-9a-f]{32}` },
  header: { selector: '.form_header' },
  fields: {
    reference: serviceNowField('number', true),
    stage: serviceNowField('u_stage'),
    stage1ReceivedOn: serviceNowField('opened_at', true),
    stage1AcknowledgedOn: serviceNowField('u_acknowledged'),
    stage1RespondedOn: serviceNowField('u_stage1_response'),
    stage2RequestedOn: serviceNowField('u_stage2_requested'),
    stage2AcknowledgedOn: serviceNowField('u_stage2_acknowledged'),
    stage2RespondedOn: serviceNowField('u_stage2_response'),
    handler: serviceNowField('assigned_to'),
    residentName: serviceNowField('caller_id'),
  },
  editor: { selector: 'textarea[data-stream-text-input]', never: '[data-stream-text-input="work_notes"]' },
} satisfies CrmAdapter;

/**
 * @example
 * isCasePage(new URL('http://localhost:4310/helpdesk/conversation/HC-2026-0480'), demoHelpdesk); //=> true
 */
export const demoHelpdesk = {
  id: 'demo-helpdesk',
  name: 'Demo CRM – helpdesk conversation',
  version: 2,
  description: 'A helpdesk conversation: dates in data-time, the reply revealed by "Reply", an internal note beside it.',
  origins: [demoOrigin],
  casePage: { urlPattern: String.raw`^/helpdesk/conversation/[^/?#]+` },
  header: { selector: '.conv-top' },
  fields: {
    reference: { selector: '.conv-numnav strong' },
    stage: { selector: '[data-field="stage"]' },
    stage1ReceivedOn: helpdeskDate('conv-received'),
    stage1AcknowledgedOn: helpdeskDate('conv-acknowledged'),
    stage1RespondedOn: helpdeskDate('conv-responded'),
    stage2RequestedOn: helpdeskDate('conv-s2-requested'),
    stage2AcknowledgedOn: helpdeskDate('conv-s2-acknowledged'),
    stage2RespondedOn: helpdeskDate('conv-s2-responded'),
    handler: { selector: '[data-field="assignee"]' },
    residentName: { selector: '[data-field="resident"]' },
  },
  editor: { selector: '.note-editable', never: '.conv-note-block' },
} satisfies CrmAdapter;

/**
 * @example
 * isCasePage(new URL('http://localhost:4310/agent/tickets/497'), demoOneBox); //=> true
 */
export const demoOneBox = {
  id: 'demo-one-box',
  name: 'Demo CRM – ticket with a one-box composer',
  version: 2,
  description: 'A ticket whose one composer switches between "Public reply" and "Internal note".',
  origins: [demoOrigin],
  casePage: { urlPattern: String.raw`^/agent/tickets/\d+(?:[?#]|$)` },
  header: { selector: '[data-test-id="ticket-pane-subject"]' },
  fields: {
    reference: ticketField('complaint_reference'),
    stage: ticketField('complaint_stage'),
    stage1ReceivedOn: ticketField('received_date'),
    stage1AcknowledgedOn: ticketField('acknowledged_date'),
    stage1RespondedOn: ticketField('stage1_response_date'),
    stage2RequestedOn: ticketField('stage2_requested_date'),
    stage2AcknowledgedOn: ticketField('stage2_acknowledged_date'),
    stage2RespondedOn: ticketField('stage2_response_date'),
    handler: ticketField('assignee'),
  },
  editor: { selector: '[data-test-id="omnicomposer-rich-text"]', replyWhen: { selector: '[data-test-id="omnicomposer"].is-public' } },
} satisfies CrmAdapter;

/** All of the above, in the order they are tried. */
export const demoFramesAdapters: CrmAdapter[] = [demoSalesforce, demoDynamicsEmail, demoServiceNow, demoHelpdesk, demoOneBox];
