/**
 * `/hub/complaints/:number`: an in-house council app in the style of the London Borough of Hackney
 * Repairs Hub (public repository; crm-dom-conventions.md): the number inline in the heading
 * ("Complaint: 10000463"), facts as "Label: value" text in one element each ("Raised: 2 Nov 2026,
 * 11:39", "Acknowledged: 4 Nov 2026", "Assigned to: …"), the ISO date also in a `data-*` attribute,
 * and a resident cell that holds the name and the address together.
 */
import { html, type Html } from '../../html.js';
import type { DemoComplaint } from '../../data.js';
import { shortUk } from '../../format.js';
import { complaintNumber, styleShell } from './shell.js';

/** @example inlineUrl(complaint); //=> '/hub/complaints/10000463' */
export function inlineUrl(complaint: DemoComplaint): string {
  return `/hub/complaints/${complaintNumber(complaint.reference)}`;
}

export function inlinePage(complaint: DemoComplaint): Html {
  const { resident } = complaint;
  const body = html`
<header class="hub-bar"><span class="product">Housing Hub</span></header>
<main id="main" class="hub-main">
  <h1 class="hub-title">Complaint: ${complaintNumber(complaint.reference)}</h1>
  <p class="hub-sub">${complaint.topic}</p>
  <div class="hub-summary">
    <ul class="hub-facts">
      <li><span>Status: ${complaint.status}</span></li>
      <li><span>Stage: ${complaint.stage}</span></li>
      <li><span class="raised" data-raised-at="${complaint.receivedOn}T${complaint.receivedAt}">Raised: ${shortUk(complaint.receivedOn)}, ${complaint.receivedAt}</span></li>
      <li><span>Acknowledged: ${complaint.acknowledgedOn ? shortUk(complaint.acknowledgedOn) : 'N/A'}</span></li>
      <li><span>Responded: ${complaint.respondedOn ? shortUk(complaint.respondedOn) : 'N/A'}</span></li>
      <li><span>Assigned to: ${complaint.officer}</span></li>
    </ul>
  </div>
  <table class="hub-table">
    <caption>Resident</caption>
    <thead><tr><th scope="col">Resident</th><th scope="col">Tenancy</th><th scope="col">Contact</th></tr></thead>
    <tbody><tr>
      <td class="resident">${resident.name}, ${resident.address}, ${resident.postcode}</td>
      <td>${complaint.tenancyRef}</td>
      <td>${resident.phone}</td>
    </tr></tbody>
  </table>
  <h2>Complaint details</h2>
  <p>${complaint.summary}</p>
</main>`;
  return styleShell({ title: `Complaint ${complaintNumber(complaint.reference)} | Housing Hub`, bodyClass: 'hub', body });
}
