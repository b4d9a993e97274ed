/**
 * `/desk/agent/workspace`: a helpdesk agent workspace in the way Zendesk's and Freshdesk's agent
 * UIs work (crm-dom-conventions.md): several tickets open as tabs in one page, one pane visible
 * (the others `hidden`), switching tabs never changes the address. Fields carry `data-test-id`
 * hooks; dates show relative text ("4 days ago") with the real date in `<time datetime>` (ISO) and
 * a `title` (`Nov 19, 2026 16:40`); unset fields show "—Empty—". A guess built from public selector
 * lists and screenshots, not a copy of any product's markup.
 */
import { html, type Html } from '../../html.js';
import type { DemoComplaint } from '../../data.js';
import { isoInstant, relativeDays, usMedium } from '../../crm-formats.js';
import { styleShell } from './shell.js';

/** The tickets the workspace opens, first one shown. */
export const workspaceReferences = ['HC-2026-0412', 'HC-2026-0480', 'HC-2026-0548'];

function when(date: string, time: string, today: string): Html {
  return html`<time datetime="${isoInstant(date, time)}" title="${usMedium(date, time)}">${relativeDays(date, today)}</time>`;
}

function pane(complaint: DemoComplaint, index: number, today: string): Html {
  const id = complaint.reference;
  return html`<section class="ticket-pane" id="pane-${id}" role="tabpanel" aria-labelledby="tab-${id}" data-test-id="ticket-pane"${index === 0 ? '' : html` hidden`}>
  <header class="ticket-head">
    <h2 class="ticket-subject">${complaint.topic}</h2>
    <span class="ticket-number" data-test-id="ticket-number">${complaint.reference}</span>
  </header>
  <div class="ticket-body">
    <aside class="ticket-props" aria-label="Ticket properties">
      <div class="prop"><span class="prop-label">Requester</span><span class="prop-value" data-test-id="ticket-requester">${complaint.resident.name}</span></div>
      <div class="prop"><span class="prop-label">Assignee</span><span class="prop-value" data-test-id="ticket-assignee">${complaint.officer}</span></div>
      <div class="prop"><span class="prop-label">Complaint stage</span><span class="prop-value" data-test-id="ticket-stage">Stage ${complaint.stage}</span></div>
      <div class="prop"><span class="prop-label">Received</span><span class="prop-value" data-test-id="ticket-created">${when(complaint.receivedOn, complaint.receivedAt, today)}</span></div>
      <div class="prop"><span class="prop-label">Acknowledged</span><span class="prop-value" data-test-id="ticket-acknowledged">${complaint.acknowledgedOn ? when(complaint.acknowledgedOn, '09:30', today) : '—Empty—'}</span></div>
      <div class="prop"><span class="prop-label">Stage 1 response</span><span class="prop-value" data-test-id="ticket-responded">${complaint.respondedOn ? when(complaint.respondedOn, '15:10', today) : '—Empty—'}</span></div>
    </aside>
    <div class="conversation">
      <article class="event"><p class="event-meta">${complaint.resident.name} via ${complaint.channel}</p><p>${complaint.summary}</p></article>
    </div>
  </div>
</section>`;
}

/** Several tickets as tabs; `static/workspace.js` switches them. */
export function workspacePage(complaints: DemoComplaint[], today: string): Html {
  const body = html`
<header class="desk-bar"><span class="product">Harbourside Support</span> <span class="app">Agent workspace</span></header>
<main id="main" class="desk-main">
  <div class="desk-tabs" role="tablist" aria-label="Open tickets">
    ${complaints.map(
      (complaint, index) =>
        html`<button type="button" role="tab" id="tab-${complaint.reference}" aria-controls="pane-${complaint.reference}" aria-selected="${index === 0 ? 'true' : 'false'}" tabindex="${index === 0 ? '0' : '-1'}" data-test-id="header-tab">${complaint.reference}: ${complaint.topic}</button>`,
    )}
  </div>
  ${complaints.map((complaint, index) => pane(complaint, index, today))}
</main>`;
  return styleShell({ title: 'Agent workspace - Harbourside Support', bodyClass: 'desk', body, head: html`<script type="module" src="/static/workspace.js"></script>` });
}
