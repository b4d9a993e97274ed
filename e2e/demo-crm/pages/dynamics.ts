/**
 * `/dyn/main.aspx?etn=incident&pagetype=entityrecord&id=…`: a case form modelled on Dynamics 365
 * model-driven apps: `data-id` attributes, label/value pairs with read-only inputs, a header with
 * "Created On" as `Monday 2 November 2026 14:03`, dates as `2 Nov 2026`, a CKEditor 5 email body.
 * `pagetype=entitylist` is the "Active Cases" view.
 */
import { html, trusted, type Html } from '../html.js';
import type { DemoComplaint } from '../data.js';
import { longUkWithTime, shortUk } from '../format.js';
import type { Broken } from './classic.js';

const appId = 'c0de2024-0000-4c0d-a000-00000000c0de';

export function dynamicsRecordUrl(complaint: DemoComplaint): string {
  return `/dyn/main.aspx?appid=${appId}&pagetype=entityrecord&etn=incident&id=${complaint.id}`;
}

function shell(title: string, body: Html, head: Html = html``): Html {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${title} - Dynamics 365</title>
<link rel="stylesheet" href="/static/dynamics.css">
${head}
</head>
<body class="dyn">
<header class="dyn-bar" data-id="navbar-container">
  <span class="waffle" aria-hidden="true">⋮⋮⋮</span>
  <span class="product">Dynamics 365</span><span class="sep" aria-hidden="true">|</span><span class="app">Customer Service Hub</span>
  <span class="env">Harbourside Homes – Complaints (demo)</span>
</header>
<div class="dyn-body">
<nav class="sitemap" aria-label="Site map" data-id="sitemap-body">
  <ul>
    <li><a href="/dyn/main.aspx?etn=incident&amp;pagetype=entitylist" aria-current="page">Cases</a></li>
    <li><a href="/">CaseHub queue</a></li>
    <li><a href="/app/">Case app</a></li>
  </ul>
</nav>
<main id="main" class="dyn-main">
${body}
</main>
</div>
</body>
</html>`;
}

export function dynamicsListPage(complaints: DemoComplaint[]): Html {
  const body = html`
<div class="commandbar" role="toolbar" aria-label="Case commands" data-id="CommandBar">
  <a class="cmd" href="/dyn/main.aspx?etn=incident&amp;pagetype=entitylist">Refresh</a>
</div>
<h1 class="view-title" data-id="ViewSelector">Active Cases</h1>
<table class="grid" data-id="grid-container">
  <thead><tr><th scope="col">Case Number</th><th scope="col">Case Title</th><th scope="col">Customer</th><th scope="col">Created On</th><th scope="col">Owner</th></tr></thead>
  <tbody>
  ${complaints
    .filter((complaint) => complaint.status !== 'Closed')
    .map(
      (complaint) => html`<tr data-id="grid-row" data-reference="${complaint.reference}">
    <td><a href="${dynamicsRecordUrl(complaint)}">${complaint.reference}</a></td>
    <td>${complaint.topic}</td><td>${complaint.resident.name}</td>
    <td>${shortUk(complaint.receivedOn)}</td><td>${complaint.officer}</td></tr>`,
    )}
  </tbody>
</table>`;
  return shell('Active Cases', body);
}

function field(id: string, label: string, value: string | undefined, kind = 'text-box-text'): Html {
  const control = `id-${id}`;
  return html`<div class="field" data-id="${id}">
  <label id="${control}-label" for="${control}">${label}</label>
  <input id="${control}" data-id="${id}.fieldControl-${kind}" value="${value ?? ''}" placeholder="---" readonly>
</div>`;
}

function date(value: string | undefined): string | undefined {
  return value ? shortUk(value) : undefined;
}

export function dynamicsRecordPage(complaint: DemoComplaint, options: { broken: Broken }): Html {
  const createdOn =
    options.broken === 'received' ? undefined : options.broken === 'received-garbled' ? 'TBC' : longUkWithTime(complaint.receivedOn, complaint.receivedAt);
  const head = html`<link rel="stylesheet" href="/vendor/ckeditor5/ckeditor5.css">
<script type="importmap">${trusted(JSON.stringify({ imports: { ckeditor5: '/vendor/ckeditor5/ckeditor5.js' } }))}</script>
<script type="module" src="/static/dynamics-editor.js"></script>`;
  const body = html`
<div class="commandbar" role="toolbar" aria-label="Case commands" data-id="CommandBar">
  <a class="cmd" href="/dyn/main.aspx?etn=incident&amp;pagetype=entitylist">← Back to Active Cases</a>
  <a class="cmd" href="${dynamicsRecordUrl(complaint)}">Refresh</a>
</div>
<div class="form-header" data-id="form-header">
  <h1 data-id="header_title">${complaint.topic} – ${complaint.resident.name}</h1>
  <div class="entity" data-id="entity_name_span">Case · Complaint</div>
  <div class="header-fields" id="headerControlsList_c6a1" data-id="header_overflowHolder">
    <div class="hf" data-id="header_ticketnumber"><div class="hv">${complaint.reference}</div><div class="hl">Case Number</div></div>
    ${createdOn === undefined ? '' : html`<div class="hf" data-id="header_createdon"><div class="hv" data-id="header_createdon.fieldControl-date-time">${createdOn}</div><div class="hl">Created On</div></div>`}
    <div class="hf" data-id="header_statuscode"><div class="hv">${complaint.status}</div><div class="hl">Status Reason</div></div>
    <div class="hf" data-id="header_ownerid"><div class="hv">${complaint.officer}</div><div class="hl">Owner</div></div>
  </div>
</div>
<div class="tabs" role="tablist" aria-label="Form tabs" data-id="tablist">
  <span class="tab" role="tab" aria-selected="true" id="tab-summary" aria-controls="tabpanel-summary">Summary</span>
</div>
<div class="tabpanel" role="tabpanel" id="tabpanel-summary" aria-labelledby="tab-summary" data-id="tabpanel-summary">
  <section class="section" data-id="CASE_DETAILS" aria-labelledby="case-details-h">
    <h2 id="case-details-h">Case details</h2>
    ${field('ticketnumber', 'Case Number', complaint.reference)}
    ${field('title', 'Case Title', complaint.topic)}
    ${field('customerid', 'Customer', complaint.resident.name, 'LookupResultsDropdown')}
    ${field('cc_complaintstage', 'Complaint Stage', `Stage ${complaint.stage}`, 'option-set-select')}
    ${field('caseorigincode', 'Origin', complaint.channel, 'option-set-select')}
    ${field('ownerid', 'Owner', complaint.officer, 'LookupResultsDropdown')}
  </section>
  <section class="section" data-id="COMPLAINT_TIMELINE" aria-labelledby="timeline-h">
    <h2 id="timeline-h">Complaint timeline</h2>
    ${field('cc_acknowledgedon', 'Acknowledged On', date(complaint.acknowledgedOn), 'date-time-input')}
    ${field('cc_stage1respondedon', 'Stage 1 Response On', date(complaint.respondedOn), 'date-time-input')}
    ${field('cc_stage2requestedon', 'Escalated On', date(complaint.stage2?.requestedOn), 'date-time-input')}
    ${field('cc_stage2acknowledgedon', 'Stage 2 Acknowledged On', date(complaint.stage2?.acknowledgedOn), 'date-time-input')}
    ${field('cc_stage2respondedon', 'Stage 2 Response On', date(complaint.stage2?.respondedOn), 'date-time-input')}
  </section>
  <section class="section wide" data-id="EMAIL" aria-labelledby="email-h">
    <h2 id="email-h">Email the resident</h2>
    <p class="hint" id="email-to">To: ${complaint.resident.email}</p>
    <div class="ck-host"><div id="reply-editor" data-id="description.fieldControl-rich-text-editor"><p>Dear ${complaint.resident.name},</p><p></p></div></div>
  </section>
</div>`;
  return shell(complaint.reference, body, head);
}
