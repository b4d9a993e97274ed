/**
 * `/helpdesk/conversation/<ref>`: a conversation page in the style of open-source helpdesks
 * (FreeScout: `.conv-numnav`, a reply block hidden until "Reply" is pressed, Summernote's
 * `div.note-editable`; Zammad: relative dates with the ISO date-time in `data-time`). An internal
 * note box (`.conv-note-block`) is open beside it from the start: it must never get the checklist.
 * "Reply" reveals the reply box by removing the `hidden` class, nothing is inserted.
 */
import { html, type Html } from '../html.js';
import type { DemoComplaint } from '../data.js';
import { vendorShell } from './vendor-shell.js';

/** An ISO instant for a date, and words as the helpdesk shows them ("12 days ago"). */
function stamp(label: string, id: string, iso: string | undefined, today: string, time = '09:30'): Html {
  if (!iso) return html`<div class="conv-date" id="${id}"><span class="conv-date-label">${label}</span> <span class="thread-date">—</span></div>`;
  const days = Math.round((Date.parse(`${today}T12:00:00Z`) - Date.parse(`${iso}T12:00:00Z`)) / 86_400_000);
  const words = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return html`<div class="conv-date" id="${id}"><span class="conv-date-label">${label}</span> <span class="thread-date" data-time="${iso}T${time}:00Z" title="${iso} ${time}">${words}</span></div>`;
}

export function helpdeskConversationPage(complaint: DemoComplaint, today: string): Html {
  const body = html`
<header class="hd-top"><span class="product">Helpdesk</span> <span class="mailbox">Complaints mailbox</span></header>
<main class="hd-layout">
  <section class="conv" aria-label="Conversation">
    <div class="conv-top">
      <h1 class="conv-subj">${complaint.topic}</h1>
      <div class="conv-numnav"># <strong>${complaint.reference}</strong></div>
    </div>
    <div class="conv-actions" role="toolbar" aria-label="Conversation actions">
      <button type="button" class="conv-reply" aria-controls="reply-block" aria-expanded="false">Reply</button>
    </div>
    <div class="conv-block conv-reply-block hidden" id="reply-block">
      <p class="conv-block-title" id="reply-title">Reply to ${complaint.resident.name}</p>
      <div class="note-editor"><div class="note-editable" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="reply-title"><p><br></p></div></div>
    </div>
    <div class="conv-block conv-note-block">
      <p class="conv-block-title" id="note-title">Internal note (only your team sees this)</p>
      <div class="note-editor"><div class="note-editable" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="note-title"><p><br></p></div></div>
    </div>
    <article class="thread"><p>${complaint.summary}</p></article>
  </section>
  <aside class="conv-sidebar" aria-label="Complaint">
    <p class="customer" data-field="resident">${complaint.resident.name}</p>
    <p class="conv-stage" data-field="stage">Stage ${complaint.stage}</p>
    ${stamp('Received', 'conv-received', complaint.receivedOn, today)}
    ${stamp('Acknowledged', 'conv-acknowledged', complaint.acknowledgedOn, today)}
    ${stamp('Stage 1 response', 'conv-responded', complaint.respondedOn, today)}
    ${stamp('Stage 2 requested', 'conv-s2-requested', complaint.stage2?.requestedOn, today)}
    ${stamp('Stage 2 acknowledged', 'conv-s2-acknowledged', complaint.stage2?.acknowledgedOn, today)}
    ${stamp('Stage 2 response', 'conv-s2-responded', complaint.stage2?.respondedOn, today)}
    <p class="conv-assignee" data-field="assignee">${complaint.officer}</p>
  </aside>
</main>`;
  return vendorShell({ title: `#${complaint.reference} ${complaint.topic} - Helpdesk`, style: 'helpdesk', body, scripts: ['/static/composer.js'], today });
}
