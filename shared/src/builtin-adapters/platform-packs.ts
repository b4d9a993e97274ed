/**
 * Platform packs: adapter templates (format v2) for the public DOM conventions of the CRM families
 * landlords run. Landlords customise their CRMs (field names, layouts, date locale), so a pack is
 * a starting point the admin completes in the options page, never an adapter that reads every
 * tenant unseen: each has `template.complete` (what to fill in), and a template is never applied to
 * a page (see `findAdapterFor`) until the admin has completed it and removed `template`.
 *
 * Sources (public material only; see /work/shared/research/crm-dom-conventions.md):
 * - Dynamics 365 model-driven forms: `data-id="<logical name>.fieldControl-…"` controls, `…-FieldSectionItemContainer`
 *   wrappers and `header_<field>` tiles whose text is value-then-label, as used by Microsoft's EasyRepro selector
 *   dictionary (github.com/microsoft/EasyRepro, AppElements/SeleniumSelectorItems) and public Playwright/Selenium suites;
 *   the header tiles' container is `div[id^="headerControlsList_"]` in public D365 scrapers and Selenium steps
 *   (`//div[@id='headerControlsList_3']`), `header_overflowHolder` in the demo page.
 * - Salesforce Lightning record pages: `records-record-layout-item[field-label]`, `data-target-selection-name=
 *   "sfdc:RecordField.Case.<Field>"`, `lightning-formatted-*[data-output-element-id="output-field"]`, the active console
 *   tab `div.oneContent.active` (SFDO-Tooling/CumulusCI robotframework locators; public Selenium page objects).
 * - Helpdesk conversations (FreeScout, Zammad): relative dates with the absolute date in `title` / ISO in `data-time`,
 *   ticket number hooks (`span.ticket-number`, `.conv-numnav`) — from the projects' public templates.
 * - GOV.UK-style case tables: the GOV.UK Design System summary list (`govuk-summary-list__key` / `__value`) and
 *   `<th>Label</th><td>value</td>` rows (MoJ Correspondence Tool, Hackney Repairs Hub public repositories).
 */
import type { CrmAdapter } from '../adapter.js';

/**
 * Dynamics 365 Customer Service, the Case (`incident`) form in a model-driven app.
 *
 * @example
 * CrmAdapter.parse(dynamics365Case).template?.complete.length; //=> 5
 */
export const dynamics365Case = {
  id: 'pack-dynamics-365-case',
  name: 'Dynamics 365 – Case form (template)',
  version: 2,
  description: 'Model-driven Case form: fields by data-id (logical names), case number in the header tiles, dates as the user locale shows them.',
  template: {
    complete: [
      'origins: your organisation address, e.g. https://yourorg.crm11.dynamics.com',
      'fields.stage1ReceivedOn: the logical name of your "date received" column if it is not Created On (createdon)',
      'fields.stage, stage1AcknowledgedOn, stage1RespondedOn, stage2RequestedOn, stage1ExtendedTo: replace cc_… with your columns’ logical names, or remove the field',
      'dateFormats: the date format of your users’ Dynamics personal settings (d/M/yyyy for en-GB)',
      'editor: the email form editor is inside nested frames; pick it on a case page',
    ],
  },
  casePage: {
    urlPattern: String.raw`^/main\.aspx\?(?:.*&)?(?:etn=incident&(?:.*&)?pagetype=entityrecord|pagetype=entityrecord&(?:.*&)?etn=incident)(?:[&#]|$)`,
  },
  header: { selector: '[data-id="header_title"]' },
  fields: {
    // Header tiles read value-then-label ("CAS-01234-X1Y2Case Number"): the label direction is explicit.
    reference: { label: 'Case Number', labelDirection: 'value-then-label', within: '[id^="headerControlsList_"], [data-id="header_overflowHolder"]' },
    stage1ReceivedOn: {
      selector: '[data-id="createdon.fieldControl-date-time-input"]',
      read: 'value',
      dateFormats: ['d/M/yyyy', 'd/M/yyyy HH:mm'],
    },
    stage: { selector: '[data-id="cc_complaintstage.fieldControl-option-set-select"]', read: 'selected-option', optional: true },
    stage1AcknowledgedOn: { selector: '[data-id="cc_acknowledgedon.fieldControl-date-time-input"]', read: 'value', dateFormats: ['d/M/yyyy'], optional: true },
    stage1RespondedOn: { selector: '[data-id="cc_stage1responseon.fieldControl-date-time-input"]', read: 'value', dateFormats: ['d/M/yyyy'], optional: true },
    stage2RequestedOn: { selector: '[data-id="cc_escalatedon.fieldControl-date-time-input"]', read: 'value', dateFormats: ['d/M/yyyy'], optional: true },
    stage1ExtendedTo: { selector: '[data-id="cc_extendedto.fieldControl-date-time-input"]', read: 'value', dateFormats: ['d/M/yyyy'], optional: true },
    handler: { selector: '[data-id="header_ownerid.fieldControl-LookupResultsDropdown_ownerid_selected_tag_text"]', optional: true },
    residentName: { selector: '[data-id="customerid.fieldControl-LookupResultsDropdown_customerid_selected_tag_text"]', optional: true },
  },
} satisfies CrmAdapter;

/**
 * Salesforce Lightning Experience, a Case record page (also in the Service Console, where only the
 * active tab is read).
 *
 * @example
 * CrmAdapter.parse(salesforceLightningCase).casePage.visibleCase; //=> 'div.oneContent.active'
 */
export const salesforceLightningCase = {
  id: 'pack-salesforce-lightning-case',
  name: 'Salesforce Lightning – Case record (template)',
  version: 2,
  description: 'Lightning record page: fields by API name (data-target-selection-name), values in lightning-formatted-* output fields.',
  template: {
    complete: [
      'origins: your My Domain, e.g. https://yourorg.lightning.force.com',
      'fields.stage, stage1AcknowledgedOn, stage1RespondedOn, stage2RequestedOn, stage1ExtendedTo: replace the …__c API names with your custom fields, or remove the field',
      'dateFormats: your users’ Salesforce locale (d/M/yyyy, HH:mm for English (United Kingdom))',
      'editor: the email publisher is inside nested frames; pick it on a case page',
    ],
  },
  casePage: { urlPattern: String.raw`^/lightning/r/Case/[a-zA-Z0-9]{15,18}/view`, visibleCase: 'div.oneContent.active' },
  fields: {
    reference: { selector: '[data-target-selection-name="sfdc:RecordField.Case.CaseNumber"] lightning-formatted-text' },
    stage1ReceivedOn: {
      selector: '[data-target-selection-name="sfdc:RecordField.Case.CreatedDate"] lightning-formatted-text, [data-target-selection-name="sfdc:RecordField.Case.CreatedDate"] lightning-formatted-date-time',
      dateFormats: ['d/M/yyyy, HH:mm', 'd/M/yyyy HH:mm', 'd/M/yyyy'],
    },
    stage: { selector: '[data-target-selection-name="sfdc:RecordField.Case.Complaint_Stage__c"] lightning-formatted-text', optional: true },
    stage1AcknowledgedOn: {
      selector: '[data-target-selection-name="sfdc:RecordField.Case.Acknowledged_On__c"] lightning-formatted-text',
      dateFormats: ['d/M/yyyy'],
      optional: true,
    },
    stage1RespondedOn: {
      selector: '[data-target-selection-name="sfdc:RecordField.Case.Stage_1_Response_On__c"] lightning-formatted-text',
      dateFormats: ['d/M/yyyy'],
      optional: true,
    },
    stage2RequestedOn: {
      selector: '[data-target-selection-name="sfdc:RecordField.Case.Escalated_On__c"] lightning-formatted-text',
      dateFormats: ['d/M/yyyy'],
      optional: true,
    },
    stage1ExtendedTo: {
      selector: '[data-target-selection-name="sfdc:RecordField.Case.Extended_To__c"] lightning-formatted-text',
      dateFormats: ['d/M/yyyy'],
      optional: true,
    },
    handler: { label: 'Case Owner', within: 'records-record-layout-item[field-label="Case Owner"]', optional: true },
    residentName: { selector: '[data-target-selection-name="sfdc:RecordField.Case.ContactId"] a', optional: true },
  },
} satisfies CrmAdapter;

/**
 * A helpdesk conversation page (FreeScout, Zammad and similar): the ticket number in the header,
 * dates shown as "4 days ago" with the real date in an attribute, notes and replies side by side.
 *
 * @example
 * CrmAdapter.parse(helpdeskConversation).fields.stage1ReceivedOn.attribute; //=> 'title'
 */
export const helpdeskConversation = {
  id: 'pack-helpdesk-conversation',
  name: 'Helpdesk conversation (template)',
  version: 2,
  description: 'Open-source helpdesk style: "# 1042" ticket numbers, relative dates with the absolute date in title or data-time.',
  template: {
    complete: [
      'origins: your helpdesk address',
      'casePage.urlPattern: your helpdesk’s conversation address (FreeScout /conversation/123, Zammad #ticket/zoom/123)',
      'fields.stage2RequestedOn and stage: if you record escalation as a tag or custom field, point at it; otherwise remove them and correct stage 2 in the overlay',
      'editor: the reply box is revealed by "Reply"; pick it after clicking, and mark the internal note editor as never',
    ],
  },
  casePage: { urlPattern: String.raw`(?:^/conversation/\d+|#ticket/zoom/\d+)` },
  header: { selector: '.conv-subjwrap, .ticketZoom-header', optional: true },
  fields: {
    // The whole reference after "#": "(\d+)" would keep "2026" of "# HC-2026-0412".
    reference: { selector: '.conv-numnav, span.ticket-number', pattern: String.raw`^\s*#?\s*(\S+)` },
    // FreeScout: "2 hours ago" with "Nov 19, 2026 16:40" in title; Zammad: ISO in data-time.
    stage1ReceivedOn: { selector: '.thread:last-of-type .thread-date, time.humanTime', attribute: 'title', dateFormats: ['MMM d, yyyy HH:mm', 'iso'] },
    stage: { selector: '.conv-tags .tag-stage, [data-attribute-name="complaint_stage"]', optional: true },
    stage2RequestedOn: { selector: '[data-attribute-name="escalated_on"] time', attribute: 'datetime', dateFormats: ['iso'], optional: true },
    handler: { selector: '.conv-owner .conv-user, [data-attribute-name="owner_id"] .formGroup-control', optional: true },
    residentName: { selector: '.customer-name, .ticketZoom-header .user-popover', optional: true },
  },
} satisfies CrmAdapter;

/**
 * A GOV.UK-style case page: a summary list (`govuk-summary-list`) or a table of `<th>` labels and
 * `<td>` values, dates like "3 Mar 2025", an agreed extension shown as "Extended to".
 *
 * @example
 * CrmAdapter.parse(govukCaseTable).fields.reference.within; //=> '.govuk-summary-list, table'
 */
export const govukCaseTable = {
  id: 'pack-govuk-case-table',
  name: 'GOV.UK-style case page (template)',
  version: 2,
  description: 'In-house or GOV.UK Design System case pages: labelled rows in a summary list or table.',
  template: {
    complete: [
      'origins: your case system’s address',
      'casePage.urlPattern: the address of one case, e.g. ^/cases/\\d+',
      'the labels: change each label to the words your pages show (e.g. "Date request received")',
    ],
  },
  casePage: { urlPattern: String.raw`^/cases/[^/?#]+(?:[?#]|$)` },
  header: { selector: 'h1' },
  fields: {
    reference: { label: 'Case reference', within: '.govuk-summary-list, table' },
    stage1ReceivedOn: { label: 'Date received', within: '.govuk-summary-list, table', dateFormats: ['d MMM yyyy', 'd MMMM yyyy', 'd/M/yyyy'] },
    stage: { label: 'Stage', within: '.govuk-summary-list, table', optional: true },
    stage1AcknowledgedOn: { label: 'Date acknowledged', within: '.govuk-summary-list, table', optional: true },
    stage1RespondedOn: { label: 'Stage 1 response sent', within: '.govuk-summary-list, table', optional: true },
    stage2RequestedOn: { label: 'Stage 2 requested', within: '.govuk-summary-list, table', optional: true },
    stage1ExtendedTo: { label: 'Extended to', within: '.govuk-summary-list, table', optional: true },
    stage1ExtensionNotifiedOn: { label: 'Extension agreed', within: '.govuk-summary-list, table', optional: true },
    handler: { label: 'Case officer', within: '.govuk-summary-list, table', optional: true },
    residentName: { label: 'Resident', within: '.govuk-summary-list, table', pattern: '^([^,]+)', optional: true },
  },
} satisfies CrmAdapter;

/**
 * The platform packs, for the options page's "Start from a template". Never passed to
 * `findAdapterFor` as they are: a template matches no page.
 */
export const platformPacks: CrmAdapter[] = [dynamics365Case, salesforceLightningCase, helpdeskConversation, govukCaseTable];
