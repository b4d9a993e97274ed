import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultSettings, type CaseCorrections, type CaseFacts, type TrackedCase } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { annualReportFor } from './annual-report.js';

const origin = 'http://localhost:4310';
function tracked(facts: CaseFacts, corrections: CaseCorrections = {}): TrackedCase {
  return { id: `${origin}|${facts.reference}`, origin, reference: facts.reference, adapterId: 'demo-classic', url: `${origin}/cases/${facts.reference}`, facts, corrections, firstSeenAt: '2027-04-01T09:00:00.000Z', lastSeenAt: '2027-04-01T09:00:00.000Z' };
}

// The SDK's hand-worked year (sdk/src/report/fixtures/annualReportRecords.ts) as the extension stores it:
// page facts, plus the officer's extensions and evidence.
const cases = [
  tracked({ reference: 'A-1', stage1ReceivedOn: '2027-01-04', stage1AcknowledgedOn: '2027-01-05', stage1RespondedOn: '2027-01-15' }, { evidence: { category: 'Repairs', stage1: { outcome: 'Upheld', points: [{ point: 'Leak', outcome: 'Upheld' }, { point: 'Delay', outcome: 'Partially upheld' }] }, remedies: [{ action: 'Fix leak', dueOn: '2027-02-01', doneOn: '2027-01-29' }] } }),
  tracked({ reference: 'A-2', stage1ReceivedOn: '2027-01-11', stage1RespondedOn: '2027-01-29' }, { evidence: { category: 'Damp and mould', stage1: { outcome: 'Not upheld' }, remedies: [{ action: 'Mould wash', dueOn: '2027-02-15' }] } }),
  tracked({ reference: 'A-3', stage1ReceivedOn: '2027-02-01', stage1AcknowledgedOn: '2027-02-08', stage1RespondedOn: '2027-03-12' }, {
    extensions: [{ stage: 1, notifiedOn: '2027-02-18', newDueOn: '2027-03-15', reason: 'Specialist damp survey', goodReason: true }],
    evidence: { category: 'Repairs', stage1: { outcome: 'Partly upheld' }, keepInformed: { agreedOn: '2027-02-18', intervalDays: 7, updatesSentOn: ['2027-02-25'] } },
  }),
  tracked({ reference: 'A-4', stage1ReceivedOn: '2027-02-15', stage1AcknowledgedOn: '2027-02-23' }, { evidence: { category: 'Anti-social behaviour' } }),
  tracked({ reference: 'A-5', stage1ReceivedOn: '2027-03-01' }, { evidence: { category: 'Repairs', refusedToAccept: { decidedOn: '2027-03-02', grounds: 'legal-proceedings', reason: 'Disrepair claim filed at court', explainedOn: '2027-03-02', ombudsmanRightGiven: true } } }),
  tracked({ reference: 'A-6', stage: 2, stage1ReceivedOn: '2026-03-02', stage1AcknowledgedOn: '2026-03-03', stage1RespondedOn: '2026-03-13', stage2RequestedOn: '2027-01-18', stage2AcknowledgedOn: '2027-01-20', stage2RespondedOn: '2027-02-17', handler: 'sam' }, { evidence: { category: 'Repairs', stage2: { outcome: 'Not justified' } } }),
  tracked({ reference: 'A-7', stage1ReceivedOn: '2027-01-25', stage1AcknowledgedOn: '2027-01-26', stage1RespondedOn: '2027-02-05' }, { evidence: { stage1: { outcome: 'Resolved at stage 1' }, refusedToEscalate: { requestedOn: '2027-03-08', decidedOn: '2027-03-10', grounds: 'other', reason: 'Asked after the two-month window in our policy' } } }),
  tracked({ reference: 'A-8', stage1ReceivedOn: '2027-03-22', stage1AcknowledgedOn: '2027-03-23' }, { evidence: { category: 'Staff conduct', remedies: [{ action: 'Apology' }] } }),
];

// The same complaints as a CRM export for the CLI (rule set chosen from the date, as the extension's 'auto').
const CSV = [
  'reference,category,stage1_received_on,stage1_acknowledged_on,stage1_responded_on,stage1_outcome,stage1_points,stage1_extended_to,stage1_extension_notified_on,stage1_extension_reason,stage1_extension_good_reason,stage2_requested_on,stage2_acknowledged_on,stage2_responded_on,stage2_handler,stage2_outcome,remedy,remedy_due_on,remedy_done_on,update_interval_agreed_on,update_interval_days,updates_sent_on,not_accepted_on,not_accepted_grounds,not_accepted_reason,not_accepted_explained_on,not_accepted_ombudsman_right_given,escalation_refused_requested_on,escalation_refused_on,escalation_refused_grounds,escalation_refused_reason',
  'A-1,Repairs,2027-01-04,2027-01-05,2027-01-15,Upheld,Leak=Upheld|Delay=Partially upheld,,,,,,,,,,Fix leak,2027-02-01,2027-01-29,,,,,,,,,,,,',
  'A-2,Damp and mould,2027-01-11,,2027-01-29,Not upheld,,,,,,,,,,,Mould wash,2027-02-15,,,,,,,,,,,,,',
  'A-3,Repairs,2027-02-01,2027-02-08,2027-03-12,Partly upheld,,2027-03-15,2027-02-18,Specialist damp survey,yes,,,,,,,,,2027-02-18,7,2027-02-25,,,,,,,,,',
  'A-4,Anti-social behaviour,2027-02-15,2027-02-23,,,,,,,,,,,,,,,,,,,,,,,,,,,',
  'A-5,Repairs,2027-03-01,,,,,,,,,,,,,,,,,,,,2027-03-02,legal-proceedings,Disrepair claim filed at court,2027-03-02,yes,,,,',
  'A-6,Repairs,2026-03-02,2026-03-03,2026-03-13,,,,,,,2027-01-18,2027-01-20,2027-02-17,sam,Not justified,,,,,,,,,,,,,,,',
  'A-7,,2027-01-25,2027-01-26,2027-02-05,Resolved at stage 1,,,,,,,,,,,,,,,,,,,,,,2027-03-08,2027-03-10,other,Asked after the two-month window in our policy',
  'A-8,Staff conduct,2027-03-22,2027-03-23,,,,,,,,,,,,,Apology,,,,,,,,,,,,,,',
].join('\n') + '\n';

const period = { from: '2026-04-01', to: '2027-03-31' };
const today = '2027-04-10';
const cli = path.resolve(import.meta.dirname, '../../../sdk/dist/cli/main.js');

describe('annualReportFor (side panel)', () => {
  const report = annualReportFor(cases, { ...defaultSettings, homes: 1000 }, period, today, { d: 'Damp visits within 2 days' });

  it('gives the hand-worked figures', () => {
    expect(report.stage1).toMatchObject({ received: 6, acknowledgedOnTime: 4, respondedOnTime: 4, respondedWithinExtension: 1 });
    expect(report.refusals).toMatchObject({ total: 2, toAccept: 1, toEscalate: 1 });
    expect(report.ch02).toEqual({ stage1: 1, stage2: 1, strict: { stage1: 0.75, stage2: 1 }, acknowledgementNotRecorded: 1 });
    expect(report.landlordSections).toEqual({ d: 'Damp visits within 2 days' });
  });

  // The CLI runs from the SDK's build, which `pnpm test` makes first (scripts/setup.mjs).
  it('gives the same figures as the CLI for the same data', () => {
    expect(existsSync(cli), `build the SDK first: pnpm --filter @complaint-code/sdk run build (${cli})`).toBe(true);
    const stdout = execFileSync(process.execPath, [cli, 'annual-report', '-', '--from', period.from, '--to', period.to, '--today', today, '--homes', '1000', '--json'], { input: CSV, encoding: 'utf8' });
    const fromCli = JSON.parse(stdout) as Record<string, unknown>;
    const fromPanel = JSON.parse(JSON.stringify({ ...report, landlordSections: {} })) as Record<string, unknown>;
    expect(fromCli).toEqual(fromPanel);
  });
});
