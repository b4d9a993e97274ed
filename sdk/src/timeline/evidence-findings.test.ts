import { describe, expect, it } from 'vitest';
import { complaintTimeline } from './complaintTimeline.js';
import type { ComplaintRecordInput } from './ComplaintRecord.js';
import type { FindingCode } from './Finding.js';

const evidenceCodes = new Set<FindingCode>([
  'remedy-overdue', 'remedy-completed-late', 'remedy-without-due-date', 'keep-informed-interval-not-agreed', 'keep-informed-update-missed',
  'refusal-not-explained', 'refusal-ombudsman-right-not-given', 'refusal-discretion-not-considered', 'escalation-refused', 'point-without-outcome',
]);
function evidence(record: ComplaintRecordInput, today: string) {
  return complaintTimeline(record, { today }).findings.filter((finding) => evidenceCodes.has(finding.code));
}
// Received Mon 4 Jan 2027, acknowledged Tue 5 Jan: stage 1 response due Tue 19 Jan (10 working days, 6.3);
// the Code's extension cap is 10 more working days, Tue 2 Feb (6.4).
const base = { reference: 'E-1', stage1: { receivedOn: '2027-01-04', acknowledgedOn: '2027-01-05' } };

describe('remedies (7.3)', () => {
  const record = {
    ...base,
    stage1: { ...base.stage1, respondedOn: '2027-01-15' },
    remedies: [
      { action: 'Mould wash', dueOn: '2027-02-26' },
      { action: 'Apology letter', dueOn: '2027-02-01', doneOn: '2027-02-03' },
      { action: 'Pay £50' },
      { action: 'Fit extractor fan', dueOn: '2027-03-05' },
      { action: 'Clear gutter', dueOn: '2027-02-01', doneOn: '2027-02-01' },
    ],
  };

  it('flags the overdue, the late and the undated remedy, citing 7.3 in the Code’s words', () => {
    const findings = evidence(record, '2027-03-01');
    expect(findings.map((f) => [f.code, f.severity, f.provision.ref])).toEqual([
      ['remedy-overdue', 'breach', '7.3'],
      ['remedy-completed-late', 'warning', '7.3'],
      ['remedy-without-due-date', 'warning', '7.3'],
    ]);
    expect(findings[0]?.message).toBe('The remedy “Mould wash” was due Fri 26 Feb 2027 and is not recorded as done: any remedy proposed must be followed through to completion (HO Code 2024 7.3).');
    expect(findings[1]?.message).toContain('done Wed 3 Feb 2027, after the Mon 1 Feb 2027 promised');
    expect(findings[0]?.provision.text).toBe('The remedy offer must clearly set out what will happen and by when, in agreement with the resident where appropriate. Any remedy proposed must be followed through to completion.');
  });

  it('a remedy due today is not yet overdue', () => {
    expect(evidence(record, '2027-02-26').map((f) => f.code)).toEqual(['remedy-completed-late', 'remedy-without-due-date']);
  });
});

describe('keeping the resident informed (5.9)', () => {
  const extended = { ...base, stage1: { ...base.stage1, extensions: [{ notifiedOn: '2027-01-18', newDueOn: '2027-02-16', reason: 'Specialist survey', goodReason: true }] } };

  it('asks for an interval as soon as an extension runs past the Code’s limit, even with good reason', () => {
    const [finding] = evidence(extended, '2027-01-20');
    expect(finding?.code).toBe('keep-informed-interval-not-agreed');
    expect(finding?.severity).toBe('warning');
    expect(finding?.provision.ref).toBe('5.9');
    expect(finding?.message).toBe("The stage 1 response will fall outside the Code's timescales (an extension past the Code's limit, even with good reason) and no interval for keeping the resident informed is recorded: agree one with the resident and record it (HO Code 2024 5.9).");
  });

  it('no interval finding for an extension within the cap', () => {
    const within = { ...base, stage1: { ...base.stage1, extensions: [{ notifiedOn: '2027-01-18', newDueOn: '2027-02-02', reason: 'Survey' }] } };
    expect(evidence(within, '2027-01-20')).toEqual([]);
  });

  it('a missed update is a breach, naming the day it was due', () => {
    const informed = { ...extended, keepInformed: { agreedOn: '2027-01-18', intervalDays: 7, updatesSentOn: ['2027-01-25'] } };
    const findings = evidence(informed, '2027-02-05');
    expect(findings.map((f) => f.code)).toEqual(['keep-informed-update-missed']);
    expect(findings[0]?.message).toBe('An update to the resident was due by Mon 1 Feb 2027 (every 7 days, agreed Mon 18 Jan 2027) and none is recorded (HO Code 2024 5.9).');
  });

  it('updates kept to the interval raise nothing; the response ends the duty', () => {
    const kept = { ...extended, keepInformed: { agreedOn: '2027-01-18', intervalDays: 7, updatesSentOn: ['2027-02-01', '2027-01-25'] } };
    expect(evidence(kept, '2027-02-05')).toEqual([]);
    const answered = { ...kept, stage1: { ...kept.stage1, respondedOn: '2027-02-08' } };
    expect(evidence(answered, '2027-03-30')).toEqual([]);
  });

  it('counts every missed update', () => {
    const silent = { ...extended, keepInformed: { agreedOn: '2027-01-18', intervalDays: 7 } };
    // Due 25 Jan; nothing sent by 10 Feb: 25 Jan is the first and only expected date the count starts from.
    expect(evidence(silent, '2027-02-10')[0]?.message).toContain('due by Mon 25 Jan 2027');
  });
});

describe('refusals (2.3, 2.4, 5.11)', () => {
  it('a complaint not accepted: explanation owed, discretion prompt when over 12 months, no response deadline', () => {
    const record = { ...base, stage1: { receivedOn: '2027-01-04' }, refusedToAccept: { decidedOn: '2027-01-06', grounds: 'over-12-months' as const, reason: 'The leak was fixed in 2025' } };
    const timeline = complaintTimeline(record, { today: '2027-03-01' });
    expect(timeline.deadlines).toEqual([]);
    expect(timeline.closed).toBe(true);
    expect(timeline.findings.map((f) => [f.code, f.provision.ref])).toEqual([
      ['refusal-not-explained', '2.4'],
      ['refusal-discretion-not-considered', '2.3'],
    ]);
  });

  it('an explanation without the right to go to the Ombudsman is a breach of 2.4', () => {
    const record = { ...base, refusedToAccept: { decidedOn: '2027-01-06', grounds: 'legal-proceedings' as const, reason: 'Claim filed', explainedOn: '2027-01-06', ombudsmanRightGiven: false } };
    expect(evidence(record, '2027-03-01').map((f) => [f.code, f.severity])).toEqual([['refusal-ombudsman-right-not-given', 'breach']]);
  });

  it('a refusal to escalate is listed with its reason (5.11), and flagged when not explained', () => {
    const record = { ...base, stage1: { ...base.stage1, respondedOn: '2027-01-15' }, refusedToEscalate: { requestedOn: '2027-03-01', decidedOn: '2027-03-03', reason: 'Already answered at stage 2 in 2026' } };
    const findings = evidence(record, '2027-03-10');
    expect(findings.map((f) => [f.code, f.severity, f.provision.ref])).toEqual([
      ['escalation-refused', 'advice', '5.11'],
      ['refusal-not-explained', 'warning', '5.11'],
    ]);
    expect(findings[0]?.message).toBe('Escalation to stage 2 (asked Mon 1 Mar 2027) was refused Wed 3 Mar 2027: “Already answered at stage 2 in 2026”. Only valid reasons may be used, clearly set out to the resident (HO Code 2024 5.11).');
  });
});

describe('points of the complaint definition (6.7/6.18)', () => {
  it('a response that leaves a point without an outcome', () => {
    const record = { ...base, stage1: { ...base.stage1, respondedOn: '2027-01-15', outcome: 'Partly upheld', points: [{ point: 'Leak', outcome: 'Upheld' }, { point: 'Staff were rude' }] } };
    const [finding] = evidence(record, '2027-01-20');
    expect([finding?.code, finding?.provision.ref]).toEqual(['point-without-outcome', '6.7']);
    expect(finding?.message).toContain('the point “Staff were rude”');
    expect(evidence({ ...record, stage1: { ...record.stage1, respondedOn: undefined } }, '2027-01-08')).toEqual([]);
  });
});
