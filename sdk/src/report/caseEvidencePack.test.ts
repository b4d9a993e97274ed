import { describe, expect, it } from 'vitest';
import { caseEvidencePack } from './caseEvidencePack.js';
import { annualReportRecords } from './fixtures/annualReportRecords.js';
import { renderCaseEvidencePackHtml } from './renderCaseEvidencePackHtml.js';

const a3 = annualReportRecords.find((record) => record.reference === 'A-3');
if (!a3) throw new Error('fixture A-3 missing');
const pack = caseEvidencePack(a3, {
  today: '2027-03-31',
  sources: {
    'stage1.receivedOn': { origin: 'crm-page', recordedOn: '2027-02-01', url: 'http://localhost:4310/cases/A-3' },
    'stage1.acknowledgedOn': { origin: 'crm-page', recordedOn: '2027-02-08', correctedOn: '2027-02-09', correctedBy: 'J Smith', previousValue: '2027-02-09' },
    'stage1.extensions.0': { origin: 'officer', recordedOn: '2027-02-18' },
  },
  letters: [{ kind: 'extension-notice', writtenOn: '2027-02-18', text: 'Dear resident,\n<script>alert(1)</script>' }],
});

describe('caseEvidencePack', () => {
  it('lists every dated fact in order with its source in words', () => {
    expect(pack.events.map((event) => [event.date, event.event, event.sourceText])).toEqual([
      ['2027-02-01', 'Stage 1 complaint received', 'Read from the CRM page on Mon 1 Feb 2027'],
      ['2027-02-08', 'Stage 1 acknowledged', 'Read from the CRM page on Mon 8 Feb 2027; corrected by J Smith on Tue 9 Feb 2027 (was 2027-02-09)'],
      ['2027-02-18', 'Stage 1 extension notified: new date Mon 15 Mar 2027 (Specialist damp survey)', 'Entered by the officer on Thu 18 Feb 2027'],
      ['2027-02-18', 'Update interval agreed with the resident: every 7 days', 'Not recorded where it came from'],
      ['2027-02-25', 'Update sent to the resident', 'Not recorded where it came from'],
      ['2027-03-12', 'Stage 1 response sent: Partly upheld', 'Not recorded where it came from'],
    ]);
  });

  it('extensions with reasons and notice dates, deadlines, findings with the Code’s words', () => {
    expect(pack.extensions).toEqual([{ stage: 1, notifiedOn: '2027-02-18', newDueOn: '2027-03-15', reason: 'Specialist damp survey', goodReason: true, source: { origin: 'officer', recordedOn: '2027-02-18' }, sourceText: 'Entered by the officer on Thu 18 Feb 2027' }]);
    expect(pack.deadlines.map((d) => [d.id, d.codeDueOn, d.dueOn, d.doneOn, d.state])).toEqual([
      ['stage1-acknowledgement', '2027-02-08', '2027-02-08', '2027-02-08', 'met'],
      ['stage1-response', '2027-02-22', '2027-03-15', '2027-03-12', 'met'],
    ]);
    expect(pack.findings.map((f) => [f.code, f.severity, f.cite])).toEqual([
      ['extension-beyond-cap', 'advice', 'HO Code 2024 6.4'],
      ['keep-informed-update-missed', 'breach', 'HO Code 2024 5.9'],
    ]);
    expect(pack.findings[1]?.provisionText).toMatch(/^Where a response to a complaint will fall outside the timescales set out in this Code/);
    expect(JSON.parse(JSON.stringify(pack))).toMatchObject({ reference: 'A-3', category: 'Repairs', letters: [{ kind: 'extension-notice' }] });
  });

  it('renders printable, escaped HTML', () => {
    const html = renderCaseEvidencePackHtml(pack);
    expect(html).toContain('<title>Case evidence pack: A-3</title>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<td>2027-02-08</td><td>Stage 1 acknowledged</td><td class="source">Read from the CRM page on Mon 8 Feb 2027; corrected by J Smith on Tue 9 Feb 2027 (was 2027-02-09)</td>');
  });
});
