/**
 * `/d365/main.aspx?pagetype=entityrecord&etn=incident&id=…`: a Dynamics 365 Unified Interface case
 * form as its public markup shows it (EasyRepro's selector dictionary, crm-dom-conventions.md):
 * - header tiles `[data-preview_orientation="column"]` whose value comes BEFORE its label, with no
 *   separator in the text: "HC-2026-0446Case Number", then "NormalPriority" — so a reader that takes
 *   "the element after the label 'Case Number'" reads "NormalPriority";
 * - form fields in `[data-id="<field>-FieldSectionItemContainer"]`: a `label[id$="-field-label"]` and a
 *   read-only `<input data-id="<field>.fieldControl-…">` whose value is an attribute (`value`, `title`),
 *   with generated ids (`id-5f1c…-ticketnumber`), a lookup shown as a `title`, an option set as a `<select>`;
 * - dates as `2026-11-19 10:26` (a yyyy-MM-dd user setting), empty fields as `---`.
 * Only the selectors are public; the layout around them is our guess.
 */
import { html, type Html } from '../../html.js';
import type { DemoComplaint } from '../../data.js';
import { isoMinutes } from '../../crm-formats.js';
import { styleShell } from './shell.js';

/** @example headerTilesUrl(complaint); //=> '/d365/main.aspx?appid=…&pagetype=entityrecord&etn=incident&id=…' */
export function headerTilesUrl(complaint: DemoComplaint): string {
  return `/d365/main.aspx?appid=5f1c0d2e-7a31-4b8e-9d0c-3e2f1a6b8c4d&pagetype=entityrecord&etn=incident&id=${complaint.id}`;
}

function tile(field: string, value: string, label: string): Html {
  return html`<div class="tile" data-id="header_${field}" data-preview_orientation="column"><div class="tile-value" data-id="header_${field}.fieldControl">${value}</div><div class="tile-label">${label}</div></div>`;
}

function textField(complaint: DemoComplaint, field: string, label: string, value: string | undefined, kind = 'text-box-text'): Html {
  const id = `id-${complaint.id.slice(0, 8)}-${field}`;
  return html`<div class="form-field" data-id="${field}-FieldSectionItemContainer">
  <label id="${id}-field-label" for="${id}">${label}</label>
  <input id="${id}" data-id="${field}.fieldControl-${kind}" aria-label="${label}" value="${value ?? '---'}" title="${value ?? '---'}" readonly>
</div>`;
}

function lookupField(complaint: DemoComplaint, field: string, label: string, value: string): Html {
  const id = `id-${complaint.id.slice(0, 8)}-${field}`;
  return html`<div class="form-field" data-id="${field}-FieldSectionItemContainer">
  <label id="${id}-field-label">${label}</label>
  <ul class="lookup" aria-labelledby="${id}-field-label"><li><a data-id="${field}.fieldControl-LookupResultsDropdown_${field}_selected_tag" title="${value}" href="#${field}"><span class="avatar" aria-hidden="true">${value.replace(/^(Mrs|Mr|Ms|Miss) /, '').slice(0, 1)}</span></a></li></ul>
</div>`;
}

function stageField(complaint: DemoComplaint): Html {
  const id = `id-${complaint.id.slice(0, 8)}-cc_complaintstage`;
  return html`<div class="form-field" data-id="cc_complaintstage-FieldSectionItemContainer">
  <label id="${id}-field-label" for="${id}">Complaint Stage</label>
  <select id="${id}" data-id="cc_complaintstage.fieldControl-option-set-select" disabled>
    <option value="">--Select--</option>
    ${[1, 2].map((stage) => html`<option value="${100000000 + stage}"${stage === complaint.stage ? html` selected` : ''}>Stage ${stage}</option>`)}
  </select>
</div>`;
}

/** The whole form. */
export function headerTilesPage(complaint: DemoComplaint): Html {
  const received = isoMinutes(complaint.receivedOn, complaint.receivedAt);
  const body = html`
<header class="d365-bar" data-id="navbar-container"><span class="product">Dynamics 365</span> <span class="app">Customer Service workspace</span></header>
<main id="main" class="d365-main">
  <div class="d365-header" data-id="form-header">
    <h1 data-id="header_title" id="formHeaderTitle_1">${complaint.topic} - Saved</h1>
    <div class="d365-entity" data-id="entity_name_span">Case</div>
    <div class="tiles" id="headerControlsList_e81f" data-id="header_overflowHolder">
      ${tile('ticketnumber', complaint.reference, 'Case Number')}
      ${tile('prioritycode', 'Normal', 'Priority')}
      ${tile('createdon', received, 'Created On')}
      ${tile('statuscode', complaint.status, 'Status Reason')}
      ${tile('ownerid', complaint.officer, 'Owner')}
    </div>
  </div>
  <div class="d365-tabs" role="tablist" aria-label="Form tabs"><span role="tab" aria-selected="true" id="tab-summary" aria-controls="tabpanel-summary">Summary</span></div>
  <div role="tabpanel" id="tabpanel-summary" aria-labelledby="tab-summary" class="d365-panel">
    <section class="d365-section" data-id="CASE_DETAILS" aria-labelledby="details-h">
      <h2 id="details-h">Case details</h2>
      ${textField(complaint, 'ticketnumber', 'Case Number', complaint.reference)}
      ${textField(complaint, 'title', 'Case Title', complaint.topic)}
      ${lookupField(complaint, 'customerid', 'Customer', complaint.resident.name)}
      ${stageField(complaint)}
      ${textField(complaint, 'createdon', 'Created On', received, 'date-time-input')}
    </section>
    <section class="d365-section" data-id="COMPLAINT_TIMELINE" aria-labelledby="timeline-h">
      <h2 id="timeline-h">Complaint timeline</h2>
      ${textField(complaint, 'cc_acknowledgedon', 'Acknowledged On', complaint.acknowledgedOn && isoMinutes(complaint.acknowledgedOn, '09:00'), 'date-time-input')}
      ${textField(complaint, 'cc_stage1respondedon', 'Stage 1 Response On', complaint.respondedOn && isoMinutes(complaint.respondedOn, '15:00'), 'date-time-input')}
      ${textField(complaint, 'cc_stage2requestedon', 'Escalated On', complaint.stage2 && isoMinutes(complaint.stage2.requestedOn, '11:00'), 'date-time-input')}
    </section>
  </div>
</main>`;
  return styleShell({ title: `${complaint.topic}: Case - Dynamics 365`, bodyClass: 'd365', body });
}
