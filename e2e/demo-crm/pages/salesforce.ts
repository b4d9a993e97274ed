/**
 * `/lightning/r/Case/<18-character id>/view`: a case record in the style of Salesforce Lightning
 * (public markup conventions: `records-record-layout-item` with `data-target-selection-name=
 * "sfdc:RecordField.Case.<Field>"`, `span.test-id__field-label` / `span.test-id__field-value`,
 * `lightning-formatted-*` values, en-GB dates `02/11/2026, 14:03`). The email publisher puts its
 * CKEditor 4 body two frames down, as Lightning does: `iframe[title="CK Editor Container"]` (a page
 * of its own, `/lightning/publisher/email-body`) → `iframe[title="Email Body"]` (about:blank, written
 * by script) → `body.cke_editable[contenteditable="true"]`. Real Lightning components keep their
 * internals in shadow roots; this page does not (a partial model, see crm-dom-conventions.md).
 */
import { html, type Html } from '../html.js';
import type { DemoComplaint } from '../data.js';
import { numericUk } from '../format.js';
import { vendorShell } from './vendor-shell.js';

/** A Case id in Salesforce's shape: key prefix `500` and 15 more characters (18 in all). */
export function salesforceId(complaint: DemoComplaint): string {
  return `500${complaint.id.replace(/-/g, '').slice(0, 15)}`;
}

function item(field: string, label: string, value: string | undefined): Html {
  return html`<records-record-layout-item field-label="${label}" data-target-selection-name="sfdc:RecordField.Case.${field}">
  <div class="slds-form-element slds-form-element_readonly">
    <span class="slds-form-element__label test-id__field-label">${label}</span>
    <div class="slds-form-element__control"><span class="test-id__field-value">${
      value ? html`<lightning-formatted-text>${value}</lightning-formatted-text>` : ''
    }</span></div>
  </div>
</records-record-layout-item>`;
}

const date = (iso: string | undefined) => (iso ? numericUk(iso) : undefined);

/**
 * How the email publisher is built: `frames` (Lightning's nested editor frames); `textarea` (an org
 * whose publisher layout uses a plain text box, so the adapter's frames find nothing and the officer
 * points at the box); `external` (the editor container served from another origin, out of reach).
 */
export type Publisher = 'frames' | 'textarea' | 'external';

function publisher(kind: Publisher): Html {
  if (kind === 'textarea') {
    return html`<label for="quick-email" class="sf-label">Message</label>
        <textarea id="quick-email" name="body" rows="8" class="slds-textarea"></textarea>`;
  }
  // 127.0.0.1 and localhost are different origins: the frame cannot be scripted from the case page.
  const src = kind === 'external' ? 'http://127.0.0.1:4310/lightning/publisher/email-body' : '/lightning/publisher/email-body';
  return html`<iframe title="CK Editor Container" class="publisher-frame" src="${src}"></iframe>`;
}

export function salesforceCasePage(complaint: DemoComplaint, today: string, kind: Publisher = 'frames'): Html {
  const body = html`
<header class="slds-global-header"><span class="app">Service Console</span> <span class="org">Harbourside Homes (demo)</span></header>
<div class="slds-brand-band">
<one-record-home-flexipage2>
  <records-lwc-highlights-panel>
    <div class="slds-page-header">
      <div class="entityNameTitle">Case</div>
      <h1 class="slds-page-header__title"><lightning-formatted-text slot="primaryField">${complaint.reference}</lightning-formatted-text></h1>
    </div>
  </records-lwc-highlights-panel>
  <div class="sf-columns">
    <records-record-layout-section class="slds-card" aria-label="Case details">
      <h2 class="slds-card__header-title">Case Information</h2>
      ${item('CaseNumber', 'Case Number', complaint.reference)}
      ${item('ContactId', 'Contact Name', complaint.resident.name)}
      ${item('Complaint_Stage__c', 'Complaint Stage', `Stage ${complaint.stage}`)}
      ${item('CreatedDate', 'Date/Time Opened', `${numericUk(complaint.receivedOn)}, ${complaint.receivedAt}`)}
      ${item('Acknowledged_Date__c', 'Acknowledged Date', date(complaint.acknowledgedOn))}
      ${item('Stage_1_Response_Date__c', 'Stage 1 Response Date', date(complaint.respondedOn))}
      ${item('Stage_2_Requested_Date__c', 'Stage 2 Requested Date', date(complaint.stage2?.requestedOn))}
      ${item('Stage_2_Acknowledged_Date__c', 'Stage 2 Acknowledged Date', date(complaint.stage2?.acknowledgedOn))}
      ${item('Stage_2_Response_Date__c', 'Stage 2 Response Date', date(complaint.stage2?.respondedOn))}
      ${item('OwnerId', 'Case Owner', complaint.officer)}
    </records-record-layout-section>
    <section class="slds-card publisher" aria-label="Email publisher">
      <h2 class="slds-card__header-title">Email</h2>
      <div class="cuf-publisher forceChatterPublisherEmail">
        <p class="sf-line"><span class="sf-label">To</span> ${complaint.resident.email}</p>
        <p class="sf-line"><span class="sf-label">Subject</span> Your complaint ${complaint.reference}</p>
        ${publisher(kind)}
        <button type="button" class="slds-button slds-button_brand">Send</button>
      </div>
    </section>
  </div>
</one-record-home-flexipage2>
</div>`;
  return vendorShell({ title: `${complaint.reference} | Case | Salesforce`, style: 'salesforce', body, today });
}

/** The "CK Editor Container" frame: a toolbar and the about:blank body frame the script writes. */
export function salesforceEmailBodyFrame(today: string): Html {
  const body = html`<div class="cke_top" role="toolbar" aria-label="Email formatting"><button type="button">B</button><button type="button">I</button><button type="button">U</button></div>
<iframe title="Email Body" class="cke_wysiwyg_frame" data-editor-frame></iframe>`;
  return vendorShell({ title: 'CK Editor Container', style: 'cke-container', body, scripts: ['/static/editor-frame.js'], today });
}
