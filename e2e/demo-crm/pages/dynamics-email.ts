/**
 * `/dyn/main.aspx?…&pagetype=entityrecord&etn=email&id=…`: an email activity form in the style of
 * Dynamics 365 model-driven apps, regarding a complaint case whose facts show in a quick view form
 * (`[data-id="regardingobjectid_qfc"]`, inputs with `data-id="<field>.fieldControl-…"` whose value
 * is in the `value` attribute). The email body is the Unified Interface rich text editor: a
 * `srcdoc` frame `iframe.fullPageContentEditorFrame` holding CKEditor 4's about:blank
 * `iframe.cke_wysiwyg_frame`, whose `body` is the editor (EasyRepro's selectors; the frames'
 * inner markup beyond that is a guess).
 */
import { html, type Html } from '../html.js';
import type { DemoComplaint } from '../data.js';
import { longUkWithTime, shortUk } from '../format.js';
import { vendorShell } from './vendor-shell.js';

export function dynamicsEmailUrl(complaint: DemoComplaint): string {
  return `/dyn/main.aspx?appid=c0de2024-0000-4c0d-a000-00000000c0de&pagetype=entityrecord&etn=email&id=${complaint.id}`;
}

function field(name: string, label: string, value: string | undefined, control = 'text-box-text'): Html {
  return html`<div class="dyn-field" data-id="${name}-FieldSectionItemContainer">
  <label id="${name}-field-label" for="${name}-input">${label}</label>
  <input id="${name}-input" data-id="${name}.fieldControl-${control}" readonly value="${value ?? ''}" title="${value ?? ''}">
</div>`;
}

/** The srcdoc of the outer editor frame: CKEditor's toolbar, its body frame, and the script that writes it. */
const editorFrameDocument = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<link rel="stylesheet" href="/static/vendors.css"></head><body class="vendor vendor-cke-container">
<div class="cke_top" role="toolbar" aria-label="Email formatting"><button type="button">B</button><button type="button">I</button></div>
<iframe class="cke_wysiwyg_frame" title="Rich Text Editor, description" data-editor-frame></iframe>
<script src="/static/editor-frame.js"></script></body></html>`;

export function dynamicsEmailPage(complaint: DemoComplaint, today: string): Html {
  const date = (iso: string | undefined) => (iso ? shortUk(iso) : undefined);
  const body = html`
<header class="dyn-bar"><span class="product">Dynamics 365</span> <span class="app">Customer Service Hub</span></header>
<main class="dyn-form">
  <div class="form-header"><h1 data-id="header_title">Re: your complaint ${complaint.reference} - Email</h1></div>
  <section class="dyn-section" data-id="EMAIL_DETAILS" aria-label="Email">
    ${field('from', 'From', 'Complaints team')}
    ${field('to', 'To', complaint.resident.name)}
    ${field('subject', 'Subject', `Your complaint ${complaint.reference}`)}
    <div class="dyn-field" data-id="description-FieldSectionItemContainer">
      <span class="label" id="description-field-label">Description</span>
      <iframe class="fullPageContentEditorFrame" title="Designer" srcdoc="${editorFrameDocument}"></iframe>
    </div>
  </section>
  <section class="dyn-section quick-view" data-id="regardingobjectid_qfc" aria-label="Regarding case">
    <h2>Regarding: ${complaint.reference}</h2>
    ${field('ticketnumber', 'Case Number', complaint.reference)}
    ${field('cc_complaintstage', 'Complaint Stage', `Stage ${complaint.stage}`)}
    ${field('createdon', 'Created On', longUkWithTime(complaint.receivedOn, complaint.receivedAt), 'date-time-input')}
    ${field('cc_acknowledgedon', 'Acknowledged On', date(complaint.acknowledgedOn), 'date-time-input')}
    ${field('cc_stage1responseon', 'Stage 1 Response On', date(complaint.respondedOn), 'date-time-input')}
    ${field('cc_escalatedon', 'Escalated On', date(complaint.stage2?.requestedOn), 'date-time-input')}
    ${field('cc_stage2acknowledgedon', 'Stage 2 Acknowledged On', date(complaint.stage2?.acknowledgedOn), 'date-time-input')}
    ${field('cc_stage2responseon', 'Stage 2 Response On', date(complaint.stage2?.respondedOn), 'date-time-input')}
    ${field('ownerid', 'Owner', complaint.officer)}
  </section>
</main>`;
  return vendorShell({ title: `Email: ${complaint.reference} - Dynamics 365`, style: 'dynamics-email', body, today });
}
