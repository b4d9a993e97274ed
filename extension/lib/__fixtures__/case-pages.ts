// Small CRM case pages in the styles UK CRMs use, for the adapter reader's tests.
import type { CrmAdapter } from '@complaint-code/shared';

/** A definition-list page (label beside value), dates in several forms. */
export const definitionListPage = `
  <main>
    <h1 class="case-title">Complaint <span id="ref">CMP-1042</span></h1>
    <dl class="summary">
      <dt>Stage</dt><dd>Stage 1</dd>
      <dt>Date received:</dt><dd>Monday 2 November 2026 14:03</dd>
      <dt>Date acknowledged</dt><dd>04/11/2026</dd>
      <dt>Date responded</dt><dd>—</dd>
      <dt>Handler</dt><dd> Sam  Patel </dd>
    </dl>
  </main>`;

export const definitionListAdapter: CrmAdapter = {
  id: 'dl-crm',
  name: 'Definition list CRM',
  version: 2,
  casePage: { urlPattern: '^/cases/' },
  header: { selector: 'h1.case-title' },
  fields: {
    reference: { selector: '#ref' },
    stage: { label: 'Stage' },
    stage1ReceivedOn: { label: 'Date received' },
    stage1AcknowledgedOn: { label: 'Date acknowledged' },
    stage1RespondedOn: { label: 'Date responded' },
    handler: { label: 'Handler' },
  },
};

/** A form page: labelled inputs, a select, a table, a <time>. */
export const formPage = `
  <header><h2>Case</h2></header>
  <form>
    <label for="reference">Reference</label><input id="reference" value="HX/2026/77">
    <label for="received">Received *</label><input id="received" value="2026-11-02">
    <label>Stage <select id="stage"><option>Stage 1</option><option selected>Stage 2 (review)</option></select></label>
  </form>
  <table class="escalation">
    <tr><th>Escalation requested</th><td>10 Dec 2026</td></tr>
    <tr><th>Escalation acknowledged</th><td><time datetime="2026-12-14">Mon 14 Dec</time></td></tr>
  </table>
  <section id="other"><span>Escalation requested</span><span>1 Jan 2020</span></section>`;

export const formAdapter: CrmAdapter = {
  id: 'form-crm',
  name: 'Form CRM',
  version: 2,
  casePage: { urlPattern: '^/case\\?id=' },
  fields: {
    reference: { label: 'Reference' },
    stage: { selector: '#stage' },
    stage1ReceivedOn: { label: 'Received' },
    stage2RequestedOn: { label: 'Escalation requested', within: 'table.escalation' },
    stage2AcknowledgedOn: { label: 'Escalation acknowledged', within: 'table.escalation' },
  },
};
