/**
 * `/cases/:ref`: the classic server-rendered case page: a table of labelled fields
 * (`<th>Date received</th><td>02/11/2026</td>`) and a plain textarea for the reply.
 * `?broken=received` leaves the "Date received" row out; `?broken=received-garbled` shows "TBC".
 */
import { html, type Html } from '../html.js';
import type { DemoComplaint } from '../data.js';
import { numericUk } from '../format.js';
import { layout, statusPill } from './layout.js';

export type Broken = 'received' | 'received-garbled' | undefined;

function row(label: string, value: Html | string | undefined, field: string): Html {
  return html`<tr data-field="${field}"><th scope="row">${label}</th><td>${value ?? ''}</td></tr>`;
}

function date(value: string | undefined): string {
  return value ? numericUk(value) : '';
}

/** `?editor=quill`: the reply box is a Quill editor (self-hosted from node_modules) instead of a textarea. */
export type ClassicEditor = 'textarea' | 'quill';

function replyBox(editor: ClassicEditor | undefined, draft: string): Html {
  if (editor !== 'quill') return html`<textarea id="reply" name="reply" rows="8">${draft}</textarea>`;
  return html`<input type="hidden" id="reply-value" name="reply" value="${draft}">
    <div id="reply-quill" aria-labelledby="reply-label" data-draft="${draft}"></div>`;
}

const quillHead = html`<link rel="stylesheet" href="/vendor/quill/quill.snow.css">
<script src="/vendor/quill/quill.js" defer></script>
<script src="/static/quill-editor.js" defer></script>`;

export function classicCasePage(complaint: DemoComplaint, options: { broken: Broken; saved: boolean; draft: string; today: string; editor?: ClassicEditor }): Html {
  const { broken } = options;
  const received =
    broken === 'received' ? html`` : row('Date received', broken === 'received-garbled' ? 'TBC' : date(complaint.receivedOn), 'received');
  const body = html`
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Complaints queue</a></li><li aria-current="page">${complaint.reference}</li></ol></nav>
<div class="case-head">
  <h1 id="case-title">Complaint <span class="case-ref">${complaint.reference}</span></h1>
  ${statusPill(complaint.status)}
</div>
<p class="lede">${complaint.topic}: ${complaint.summary}</p>
<div class="case-grid">
  <section class="panel" aria-labelledby="details-heading">
    <h2 id="details-heading">Case details</h2>
    <table class="case-fields">
      <tbody>
      ${row('Reference', complaint.reference, 'reference')}
      ${row('Resident', complaint.resident.name, 'resident')}
      ${row('Address', `${complaint.resident.address}, ${complaint.resident.postcode}`, 'address')}
      ${row('Tenancy reference', complaint.tenancyRef, 'tenancy')}
      ${row('Topic', complaint.topic, 'topic')}
      ${row('How received', complaint.channel, 'channel')}
      ${row('Stage', `Stage ${complaint.stage}`, 'stage')}
      ${received}
      ${row('Date acknowledged', date(complaint.acknowledgedOn), 'acknowledged')}
      ${row('Stage 1 response sent', date(complaint.respondedOn), 'responded')}
      ${row('Stage 2 requested', date(complaint.stage2?.requestedOn), 'stage2-requested')}
      ${row('Stage 2 acknowledged', date(complaint.stage2?.acknowledgedOn), 'stage2-acknowledged')}
      ${row('Stage 2 response sent', date(complaint.stage2?.respondedOn), 'stage2-responded')}
      ${row('Complaint handler', complaint.officer, 'handler')}
      </tbody>
    </table>
  </section>
  <section class="panel" aria-labelledby="contact-heading">
    <h2 id="contact-heading">Contact</h2>
    <dl class="contact">
      <dt>Phone</dt><dd>${complaint.resident.phone}</dd>
      <dt>Email</dt><dd>${complaint.resident.email}</dd>
      <dt>Preferred contact</dt><dd>${complaint.channel === 'Phone' ? 'Phone' : 'Email'}</dd>
    </dl>
  </section>
</div>
<section class="panel reply" aria-labelledby="reply-heading">
  <h2 id="reply-heading">Reply to resident</h2>
  ${options.saved ? html`<p class="notice" role="status">Draft saved.</p>` : ''}
  <form method="post" action="/cases/${complaint.reference}/draft">
    ${options.editor === 'quill'
      ? html`<span id="reply-label" class="label">Your reply (saved as a draft on the case)</span>`
      : html`<label for="reply">Your reply (saved as a draft on the case)</label>`}
    ${replyBox(options.editor, options.draft)}
    <div class="actions"><button type="submit" class="button">Save draft</button>
    <a class="button secondary" href="/">Back to queue</a></div>
  </form>
</section>`;
  return layout({ title: complaint.reference, section: 'queue', body, today: options.today, ...(options.editor === 'quill' ? { head: quillHead } : {}) });
}
