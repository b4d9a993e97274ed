/** `/`: the complaints queue, one table row per complaint (the list-page adapter reads it). */
import { html, type Html } from '../html.js';
import type { DemoComplaint } from '../data.js';
import { numericUk } from '../format.js';
import { layout, statusPill } from './layout.js';
import { fieldStyleNav } from './styles/routes.js';

const statuses: DemoComplaint['status'][] = ['New', 'Acknowledged', 'Stage 2 requested', 'Stage 2 in progress', 'Closed'];

function matches(complaint: DemoComplaint, query: URLSearchParams): boolean {
  const status = query.get('status');
  if (status === 'open' && complaint.status === 'Closed') return false;
  if (status && status !== 'open' && complaint.status !== status) return false;
  const officer = query.get('officer');
  if (officer && complaint.officer !== officer) return false;
  const q = query.get('q')?.trim().toLowerCase();
  if (q) {
    const haystack = [complaint.reference, complaint.resident.name, complaint.resident.postcode, complaint.topic].join(' ');
    if (!haystack.toLowerCase().includes(q)) return false;
  }
  return true;
}

function option(value: string, label: string, selected: string | null): Html {
  return html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${label}</option>`;
}

/** The dates after receipt, as a list view column shows them (the side panel's list adapter reads them). */
function keyDates(complaint: DemoComplaint): Html[] {
  const dates: [className: string, label: string, date: string | undefined][] = [
    ['s1-ack', 'Acknowledged', complaint.acknowledgedOn],
    ['s1-responded', 'Stage 1 response', complaint.respondedOn],
    ['s2-requested', 'Stage 2 requested', complaint.stage2?.requestedOn],
    ['s2-ack', 'Stage 2 acknowledged', complaint.stage2?.acknowledgedOn],
    ['s2-responded', 'Stage 2 response', complaint.stage2?.respondedOn],
  ];
  return dates
    .filter(([, , date]) => date !== undefined)
    .map(([className, label, date]) => html`<div class="sub">${label} <span class="${className}">${numericUk(date ?? '')}</span></div>`);
}

export function queuePage(complaints: DemoComplaint[], query: URLSearchParams, today: string): Html {
  const shown = complaints.filter((complaint) => matches(complaint, query));
  const open = complaints.filter((complaint) => complaint.status !== 'Closed').length;
  const officers = [...new Set(complaints.map((complaint) => complaint.officer))].sort();
  const body = html`
<div class="page-head">
  <h1>Complaints queue</h1>
  <p class="lede">${complaints.length} complaints, ${open} open. Sorted by date received, newest first.</p>
</div>
<form class="filters" method="get" action="/">
  <div class="field"><label for="filter-status">Status</label>
    <select id="filter-status" name="status">
      ${option('', 'All statuses', query.get('status'))}${option('open', 'All open', query.get('status'))}
      ${statuses.map((status) => option(status, status, query.get('status')))}
    </select></div>
  <div class="field"><label for="filter-officer">Complaint handler</label>
    <select id="filter-officer" name="officer">
      ${option('', 'Anyone', query.get('officer'))}${officers.map((officer) => option(officer, officer, query.get('officer')))}
    </select></div>
  <div class="field"><label for="filter-q">Reference, resident or postcode</label>
    <input id="filter-q" name="q" value="${query.get('q') ?? ''}"></div>
  <button type="submit" class="button">Apply filters</button>
  <a class="button secondary" href="/">Clear</a>
</form>
<table class="queue" aria-describedby="queue-caption">
  <caption id="queue-caption">Showing ${shown.length} of ${complaints.length} complaints</caption>
  <thead><tr>
    <th scope="col">Reference</th><th scope="col">Resident</th><th scope="col">Topic</th><th scope="col">Stage</th>
    <th scope="col">Date received</th><th scope="col">Key dates</th><th scope="col">Complaint handler</th><th scope="col">Status</th>
  </tr></thead>
  <tbody>
  ${[...shown]
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || a.reference.localeCompare(b.reference))
    .map(
      (complaint) => html`<tr class="case-row" data-reference="${complaint.reference}">
    <td class="ref"><a href="/cases/${complaint.reference}">${complaint.reference}</a></td>
    <td class="resident"><span class="name">${complaint.resident.name}</span><div class="sub">${complaint.resident.postcode}</div></td>
    <td>${complaint.topic}</td>
    <td class="stage">Stage ${complaint.stage}</td>
    <td class="received">${numericUk(complaint.receivedOn)}</td>
    <td class="key-dates">${keyDates(complaint)}</td>
    <td class="officer">${complaint.officer}</td>
    <td>${statusPill(complaint.status)}</td>
  </tr>`,
    )}
  </tbody>
</table>
${fieldStyleNav(complaints)}`;
  return layout({ title: 'Complaints queue', section: 'queue', body, today });
}
