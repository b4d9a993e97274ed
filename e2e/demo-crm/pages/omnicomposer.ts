/**
 * `/agent/tickets/<number>`: a ticket in the style of Zendesk's agent workspace: the ticket number
 * only in the URL and tab, custom ticket fields with `data-test-id` hooks, and one composer
 * (`[data-test-id="omnicomposer"]`) switched in place between "Public reply" and "Internal note"
 * (known Zendesk behaviour; the class names `is-public`/`is-internal` are Zammad's). The checklist
 * belongs on it only while it is a public reply.
 */
import { html, type Html } from '../html.js';
import type { DemoComplaint } from '../data.js';
import { vendorShell } from './vendor-shell.js';

/** The ticket number: the reference's serial (HC-2026-0497 → 497). */
export function ticketNumber(complaint: DemoComplaint): number {
  return Number(/(\d+)$/.exec(complaint.reference)?.[1] ?? 0);
}

function field(name: string, label: string, value: string | undefined): Html {
  return html`<div class="ticket-field" data-test-id="ticket-form-field-${name}">
  <label for="cf-${name}">${label}</label>
  <input id="cf-${name}" value="${value ?? ''}" readonly>
</div>`;
}

export function omnicomposerTicketPage(complaint: DemoComplaint, today: string): Html {
  const body = html`
<header class="zd-top"><span class="product">Support</span> <span class="zd-tab" data-test-id="header-tab">#${ticketNumber(complaint)} ${complaint.topic}</span></header>
<main class="zd-layout">
  <aside class="zd-properties" aria-label="Ticket fields">
    ${field('complaint_reference', 'Complaint reference', complaint.reference)}
    ${field('complaint_stage', 'Complaint stage', `Stage ${complaint.stage}`)}
    ${field('received_date', 'Complaint received', complaint.receivedOn)}
    ${field('acknowledged_date', 'Acknowledged', complaint.acknowledgedOn)}
    ${field('stage1_response_date', 'Stage 1 response', complaint.respondedOn)}
    ${field('stage2_requested_date', 'Stage 2 requested', complaint.stage2?.requestedOn)}
    ${field('stage2_acknowledged_date', 'Stage 2 acknowledged', complaint.stage2?.acknowledgedOn)}
    ${field('stage2_response_date', 'Stage 2 response', complaint.stage2?.respondedOn)}
    ${field('assignee', 'Assignee', complaint.officer)}
  </aside>
  <section class="zd-conversation" aria-label="Conversation">
    <h1 data-test-id="ticket-pane-subject">${complaint.topic}</h1>
    <article class="zd-comment"><p>${complaint.summary}</p></article>
    <div data-test-id="omnicomposer" class="omnicomposer is-public">
      <div class="channel-switch" role="group" aria-label="Reply type">
        <button type="button" data-mode="public" aria-pressed="true">Public reply</button>
        <button type="button" data-mode="internal" aria-pressed="false">Internal note</button>
      </div>
      <div class="rich-text" contenteditable="true" data-test-id="omnicomposer-rich-text" role="textbox" aria-multiline="true" aria-label="Public reply"><p><br></p></div>
    </div>
  </section>
</main>`;
  return vendorShell({ title: `#${ticketNumber(complaint)} ${complaint.topic} – Support`, style: 'omnicomposer', body, scripts: ['/static/composer.js'], today });
}
