/**
 * Adapters for the demo CRM (`e2e/demo-crm`, served on http://localhost:4310), one per DOM style.
 * They are data only and double as worked examples for admins writing their own:
 * - classic: a server-rendered table of labelled fields (label locators);
 * - single-page app: fields rendered late after client-side navigation (selectors, `<time datetime>`);
 * - Dynamics 365-style form: `data-id` attributes and `<label for>` controls.
 *
 * Test pages / CRM fixtures: `pnpm demo`, then http://localhost:4310/cases/HC-2026-0412,
 * http://localhost:4310/app/cases/HC-2026-0412 and the "Dynamics 365" tab.
 */
import type { CrmAdapter } from '../adapter.js';

const demoOrigin = 'http://localhost:4310';

/**
 * Classic style: `<th>Date received</th><td>02/11/2026</td>` rows in `table.case-fields`.
 *
 * @example
 * isCasePage(new URL('http://localhost:4310/cases/HC-2026-0412'), CrmAdapter.parse(demoClassic)); //=> true
 */
export const demoClassic = {
  id: 'demo-classic',
  name: 'Demo CRM – classic case page',
  version: 2,
  description: 'CaseHub Housing (the demo CRM): server-rendered case pages with a table of labelled fields.',
  origins: [demoOrigin],
  casePage: { urlPattern: String.raw`^/cases/[A-Z]{2,4}-\d{4}-\d{3,6}(?:[?#]|$)` },
  listPage: {
    urlPattern: String.raw`^/(?:\?|#|$)`,
    row: 'tr.case-row',
    fields: {
      reference: { selector: 'td.ref a' },
      stage: { selector: 'td.stage' },
      stage1ReceivedOn: { selector: 'td.received' },
      // "Key dates" lists only the dates a case has; a date not shown is not known yet.
      stage1AcknowledgedOn: { selector: 'td.key-dates .s1-ack' },
      stage1RespondedOn: { selector: 'td.key-dates .s1-responded' },
      stage2RequestedOn: { selector: 'td.key-dates .s2-requested' },
      stage2AcknowledgedOn: { selector: 'td.key-dates .s2-ack' },
      stage2RespondedOn: { selector: 'td.key-dates .s2-responded' },
      handler: { selector: 'td.officer' },
      residentName: { selector: 'td.resident .name' },
    },
  },
  header: { selector: '#case-title' },
  fields: {
    reference: { label: 'Reference', within: 'table.case-fields' },
    stage: { label: 'Stage', within: 'table.case-fields' },
    stage1ReceivedOn: { label: 'Date received', within: 'table.case-fields' },
    stage1AcknowledgedOn: { label: 'Date acknowledged', within: 'table.case-fields' },
    stage1RespondedOn: { label: 'Stage 1 response sent', within: 'table.case-fields' },
    stage2RequestedOn: { label: 'Stage 2 requested', within: 'table.case-fields' },
    stage2AcknowledgedOn: { label: 'Stage 2 acknowledged', within: 'table.case-fields' },
    stage2RespondedOn: { label: 'Stage 2 response sent', within: 'table.case-fields' },
    handler: { label: 'Complaint handler', within: 'table.case-fields' },
    residentName: { label: 'Resident', within: 'table.case-fields' },
  },
  // `?editor=quill` swaps the textarea for a Quill editor.
  editor: { selector: 'textarea#reply, #reply-quill .ql-editor' },
} satisfies CrmAdapter;

/**
 * Single-page app style: `/app/cases/:ref`, routed with `history.pushState`; the fields appear
 * 300–800 ms after navigation. "Received" is read from `<time datetime="2026-11-02">`.
 *
 * @example
 * isCasePage(new URL('http://localhost:4310/app/cases/HC-2026-0412'), CrmAdapter.parse(demoSpa)); //=> true
 */
export const demoSpa = {
  id: 'demo-spa',
  name: 'Demo CRM – case app (single-page)',
  version: 2,
  description: 'CaseHub Housing case app: client-side routing, fields rendered late, contenteditable or TinyMCE replies.',
  origins: [demoOrigin],
  casePage: { urlPattern: String.raw`^/app/cases/[^/?#]+` },
  listPage: {
    urlPattern: String.raw`^/app/?(?:[?#]|$)`,
    row: 'ul.spa-list > li',
    fields: { reference: { selector: 'a' } },
  },
  header: { selector: '.case-head h1' },
  fields: {
    reference: { selector: '[data-field="reference"]' },
    stage: { label: 'Stage', within: 'dl.spa-fields' },
    stage1ReceivedOn: { selector: '[data-field="receivedOn"] time', attribute: 'datetime' },
    stage1AcknowledgedOn: { label: 'Acknowledged', within: 'dl.spa-fields' },
    stage1RespondedOn: { label: 'Stage 1 response', within: 'dl.spa-fields' },
    stage2RequestedOn: { label: 'Stage 2 requested', within: 'dl.spa-fields' },
    stage2AcknowledgedOn: { label: 'Stage 2 acknowledged', within: 'dl.spa-fields' },
    stage2RespondedOn: { label: 'Stage 2 response', within: 'dl.spa-fields' },
    handler: { label: 'Handler', within: 'dl.spa-fields' },
    residentName: { label: 'Resident', within: 'dl.spa-fields' },
  },
  editor: { selector: '#reply-editable, #reply-rich' },
} satisfies CrmAdapter;

/**
 * Dynamics 365-style form: `main.aspx?…&etn=incident&pagetype=entityrecord&id=…`. "Created On" in
 * the header reads `Monday 2 November 2026 14:03`; the timeline section's dates read `2 Nov 2026`.
 *
 * @example
 * isCasePage(new URL('http://localhost:4310/dyn/main.aspx?pagetype=entityrecord&etn=incident&id=1'), CrmAdapter.parse(demoDynamics)); //=> true
 */
export const demoDynamics = {
  id: 'demo-dynamics',
  name: 'Demo CRM – Dynamics 365-style case form',
  version: 2,
  description: 'A Dynamics 365 model-driven case form: data-id attributes, label/value pairs, CKEditor 5 email.',
  origins: [demoOrigin],
  // Both query parameters, in either order (the safe pattern language has no look-ahead).
  casePage: {
    urlPattern: String.raw`^/dyn/main\.aspx\?(?:.*&)?(?:etn=incident&(?:.*&)?pagetype=entityrecord|pagetype=entityrecord&(?:.*&)?etn=incident)(?:[&#]|$)`,
  },
  listPage: {
    urlPattern: String.raw`^/dyn/main\.aspx\?(?:.*&)?(?:etn=incident&(?:.*&)?pagetype=entitylist|pagetype=entitylist&(?:.*&)?etn=incident)(?:[&#]|$)`,
    row: 'tr[data-id="grid-row"]',
    fields: {
      reference: { selector: 'td:nth-child(1) a' },
      stage1ReceivedOn: { selector: 'td:nth-child(4)' },
      handler: { selector: 'td:nth-child(5)' },
    },
  },
  header: { selector: '[data-id="header_title"]' },
  fields: {
    reference: { selector: '[data-id="ticketnumber.fieldControl-text-box-text"]' },
    stage: { selector: '[data-id="cc_complaintstage.fieldControl-option-set-select"]' },
    stage1ReceivedOn: { selector: '[data-id="header_createdon.fieldControl-date-time"]' },
    stage1AcknowledgedOn: { label: 'Acknowledged On', within: '[data-id="COMPLAINT_TIMELINE"]' },
    stage1RespondedOn: { label: 'Stage 1 Response On', within: '[data-id="COMPLAINT_TIMELINE"]' },
    stage2RequestedOn: { label: 'Escalated On', within: '[data-id="COMPLAINT_TIMELINE"]' },
    stage2AcknowledgedOn: { label: 'Stage 2 Acknowledged On', within: '[data-id="COMPLAINT_TIMELINE"]' },
    stage2RespondedOn: { label: 'Stage 2 Response On', within: '[data-id="COMPLAINT_TIMELINE"]' },
    handler: { label: 'Owner', within: '[data-id="CASE_DETAILS"]' },
    residentName: { label: 'Customer', within: '[data-id="CASE_DETAILS"]' },
  },
  editor: { selector: '[data-id="EMAIL"] .ck-editor__editable' },
} satisfies CrmAdapter;
