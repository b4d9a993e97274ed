/**
 * ServiceNow classic UI (UI16): `/sn/nav_to.do?uri=…` is the frame page (banner, application
 * navigator) and the whole form is in the same-origin `iframe#gsft_main`, at
 * `/sn/x_hh_complaint.do?sys_id=…`. Inside: `<label for>` + inputs whose ids are
 * `<table>.<field>` (read-only ones `sys_readonly.<table>.<field>`), dates in the user's format
 * (`dd/MM/yyyy HH:mm:ss` here), and the activity stream's two boxes: "Work notes" (internal,
 * `#activity-stream-work_notes-textarea`) and "Additional comments (Customer visible)"
 * (`#activity-stream-comments-textarea`), the reply.
 */
import { html, type Html } from '../html.js';
import type { DemoComplaint } from '../data.js';
import { numericUk } from '../format.js';
import { vendorShell } from './vendor-shell.js';

const table = 'x_hh_complaint';

/** A GUID without hyphens, as ServiceNow's 32-character sys_id. */
export function sysId(complaint: DemoComplaint): string {
  return complaint.id.replace(/-/g, '');
}

export function serviceNowFormUrl(complaint: DemoComplaint): string {
  return `/sn/${table}.do?sys_id=${sysId(complaint)}`;
}

/** The navigator page, as a user reaches the form: `nav_to.do?uri=<form url>`. */
export function serviceNowNavUrl(complaint: DemoComplaint): string {
  return `/sn/nav_to.do?uri=${encodeURIComponent(serviceNowFormUrl(complaint).slice('/sn/'.length))}`;
}

export function serviceNowNavPage(formUrl: string, today: string): Html {
  const body = html`
<div class="navpage-header"><span class="product">servicenow</span> <span class="instance">Harbourside Homes (demo instance)</span></div>
<div class="navpage-layout">
  <nav class="navpage-nav" aria-label="Application navigator"><ul><li>Complaints</li><li>Open</li><li>All</li></ul></nav>
  <iframe id="gsft_main" name="gsft_main" title="Main Content" src="${formUrl}"></iframe>
</div>`;
  return vendorShell({ title: 'ServiceNow', style: 'servicenow-nav', body, today });
}

function field(name: string, label: string, value: string | undefined, readonly = false): Html {
  const id = `${readonly ? 'sys_readonly.' : ''}${table}.${name}`;
  return html`<div class="form-group" id="element.${table}.${name}">
  <label for="${id}" class="control-label"><span class="label-text">${label}</span></label>
  <input id="${id}" name="${id}" class="form-control" value="${value ?? ''}"${readonly ? html` readonly` : ''}>
</div>`;
}

export function serviceNowFormPage(complaint: DemoComplaint, today: string): Html {
  const date = (iso: string | undefined, time = '09:00:00') => (iso ? `${numericUk(iso)} ${time}` : undefined);
  const body = html`
<nav class="navbar sn-form-header"><h1 class="form_header">Complaint <span class="sn-number">${complaint.reference}</span></h1></nav>
<form id="${table}.do" class="sn-form" aria-label="Complaint">
  <div class="sn-columns">
    ${field('number', 'Number', complaint.reference, true)}
    ${field('caller_id', 'Resident', complaint.resident.name)}
    ${field('u_stage', 'Stage', `Stage ${complaint.stage}`)}
    ${field('opened_at', 'Opened', date(complaint.receivedOn, `${complaint.receivedAt}:00`), true)}
    ${field('u_acknowledged', 'Acknowledged', date(complaint.acknowledgedOn))}
    ${field('u_stage1_response', 'Stage 1 response', date(complaint.respondedOn))}
    ${field('u_stage2_requested', 'Stage 2 requested', date(complaint.stage2?.requestedOn))}
    ${field('u_stage2_acknowledged', 'Stage 2 acknowledged', date(complaint.stage2?.acknowledgedOn))}
    ${field('u_stage2_response', 'Stage 2 response', date(complaint.stage2?.respondedOn))}
    ${field('assigned_to', 'Assigned to', complaint.officer)}
  </div>
  <section class="activity-stream" aria-label="Activity">
    <div class="sn-stream-input">
      <label for="activity-stream-work_notes-textarea">Work notes</label>
      <textarea id="activity-stream-work_notes-textarea" data-stream-text-input="work_notes" class="sn-string-textarea form-control" rows="4"></textarea>
    </div>
    <div class="sn-stream-input">
      <label for="activity-stream-comments-textarea">Additional comments (Customer visible)</label>
      <textarea id="activity-stream-comments-textarea" data-stream-text-input="comments" class="sn-string-textarea form-control" rows="6"></textarea>
    </div>
    <button type="button" class="btn btn-primary">Post</button>
  </section>
</form>`;
  return vendorShell({ title: `${complaint.reference} | Complaint | ServiceNow`, style: 'servicenow', body, today });
}
