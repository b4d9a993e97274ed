/**
 * `/govuk/cases/:ref`: a GOV.UK Design System case page in the style of the Ministry of Justice
 * Correspondence Tool (public repository; crm-dom-conventions.md): a summary list
 * (`govuk-summary-list__key` / `__value` / `__actions` "Change"), dates as `02-Nov-2026`, an agreed
 * extension shown as "Response deadline (extended)" with the date the resident was told, and a
 * case history table.
 */
import { html, type Html } from '../../html.js';
import type { DemoComplaint } from '../../data.js';
import { oracleDate } from '../../crm-formats.js';
import { styleShell } from './shell.js';

/** Agreed extensions on this page, by reference: new deadline and the day the resident was told. */
export const agreedExtensions: Record<string, { extendedTo: string; notifiedOn: string }> = {
  // Stage 1 response was due Wed 18 Nov; the resident was told on Mon 16 Nov of 10 more working days.
  'HC-2026-0463': { extendedTo: '2026-12-02', notifiedOn: '2026-11-16' },
};

function row(key: string, value: string, change = true): Html {
  return html`<div class="govuk-summary-list__row">
  <dt class="govuk-summary-list__key">${key}</dt>
  <dd class="govuk-summary-list__value">${value}</dd>
  ${change ? html`<dd class="govuk-summary-list__actions"><a class="govuk-link" href="#change">Change<span class="govuk-visually-hidden"> ${key.toLowerCase()}</span></a></dd>` : html`<dd class="govuk-summary-list__actions"></dd>`}
</div>`;
}

export function govukPage(complaint: DemoComplaint): Html {
  const extension = agreedExtensions[complaint.reference];
  const empty = '---';
  const body = html`
<header class="govuk-header"><span class="govuk-header__product">Housing complaints</span></header>
<main id="main" class="govuk-main-wrapper">
  <span class="page-heading--secondary">${complaint.reference} - Stage ${complaint.stage} complaint</span>
  <h1 class="govuk-heading-l">${complaint.topic}</h1>
  <h2 class="govuk-heading-m">Case details</h2>
  <dl class="govuk-summary-list">
    ${row('Case reference', complaint.reference, false)}
    ${row('Resident', complaint.resident.name)}
    ${row('Complaint stage', `Stage ${complaint.stage}`)}
    ${row('Date complaint received', oracleDate(complaint.receivedOn))}
    ${row('Date acknowledged', complaint.acknowledgedOn ? oracleDate(complaint.acknowledgedOn) : empty)}
    ${row('Extension agreed with resident', extension ? oracleDate(extension.notifiedOn) : empty)}
    ${row('Response deadline (extended)', extension ? oracleDate(extension.extendedTo) : empty)}
    ${row('Date of stage 1 response', complaint.respondedOn ? oracleDate(complaint.respondedOn) : empty)}
    ${row('Case officer', complaint.officer)}
  </dl>
  <table class="govuk-table">
    <caption class="govuk-table__caption govuk-table__caption--m">Case history</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Date</th><th scope="col" class="govuk-table__header">Action</th></tr></thead>
    <tbody class="govuk-table__body">
      <tr class="govuk-table__row"><td class="govuk-table__cell">${oracleDate(complaint.receivedOn)}</td><td class="govuk-table__cell">Complaint received</td></tr>
      ${complaint.acknowledgedOn ? html`<tr class="govuk-table__row"><td class="govuk-table__cell">${oracleDate(complaint.acknowledgedOn)}</td><td class="govuk-table__cell">Acknowledged</td></tr>` : ''}
      ${extension ? html`<tr class="govuk-table__row"><td class="govuk-table__cell">${oracleDate(extension.notifiedOn)}</td><td class="govuk-table__cell">Extension agreed and resident told</td></tr>` : ''}
    </tbody>
  </table>
</main>`;
  return styleShell({ title: `${complaint.reference} - Housing complaints - GOV.UK`, bodyClass: 'govuk-template__body', body });
}
