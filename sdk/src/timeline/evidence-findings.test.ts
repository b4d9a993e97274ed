import { describe, expect, it } from 'vitest';
import { complaintTimeline } from './complaintTimeline.js';
import { ComplaintRecord, type ComplaintRecordInput } from './ComplaintRecord.js';
import { missedUpdates } from './evidence-findings.js';
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
    expect([finding?.code, finding?.deadlineId, finding?.provision.ref]).toEqual(['point-without-outcome', 'stage1-response', '6.7']);
    expect(finding?.message).toContain('the point “Staff were rude”');
    expect(evidence({ ...record, stage1: { ...record.stage1, respondedOn: undefined } }, '2027-01-08')).toEqual([]);
  });
});

// The cases below were written against surviving mutants (pnpm mutation timeline-evidence); every expected
// value is worked by hand from the dates in `base` (stage 1 response due Tue 19 Jan, cap Tue 2 Feb).
const onTime = { action: 'Apology letter', dueOn: '2027-01-15', doneOn: '2027-01-15' };

describe('remedy edges (7.3)', () => {
  it('quotes an action of 80 characters whole and cuts a longer one at 79 with an ellipsis', () => {
    const [whole, cut] = evidence({ ...base, remedies: [{ action: 'a'.repeat(80) }, { action: 'b'.repeat(81) }] }, '2027-01-08');
    expect(whole?.message).toBe(`The remedy “${'a'.repeat(80)}” has no date by which it will happen: the offer must clearly set out what will happen and by when (HO Code 2024 7.3).`);
    expect(cut?.message).toContain(`The remedy “${'b'.repeat(79)}…” has no date`);
  });

  it('a remedy recorded as done needs no due date', () => {
    expect(evidence({ ...base, remedies: [{ action: 'Apology letter', doneOn: '2027-01-15' }] }, '2027-03-01')).toEqual([]);
  });
});

describe('evidence without an extension is still checked', () => {
  it('an agreed interval alone: a missed update', () => {
    const record = { ...base, keepInformed: { agreedOn: '2027-01-18', intervalDays: 7 } };
    expect(evidence(record, '2027-01-27').map((f) => f.code)).toEqual(['keep-informed-update-missed']);
  });

  it('stage 2 points alone: the unanswered ones, against the stage 2 response (6.18)', () => {
    const record = {
      ...base,
      stage1: { ...base.stage1, respondedOn: '2027-01-15' },
      stage2: { requestedOn: '2027-02-01', respondedOn: '2027-02-22', points: [{ point: 'Leak', outcome: 'Upheld' }, { point: 'Damp' }, { point: 'Noise' }] },
    };
    expect(evidence(record, '2027-03-01').map((f) => [f.code, f.severity, f.deadlineId, f.provision.ref, f.message])).toEqual([
      ['point-without-outcome', 'warning', 'stage2-response', '6.18', 'The stage 2 response has no outcome recorded for 2 points “Damp”, “Noise”: all points raised in the complaint definition must be addressed (HO Code 2024 6.18).'],
    ]);
  });

  it('points that all have an outcome raise nothing', () => {
    const record = { ...base, stage1: { ...base.stage1, respondedOn: '2027-01-15', points: [{ point: 'Leak', outcome: 'Upheld' }] } };
    expect(evidence(record, '2027-01-20')).toEqual([]);
  });
});

describe('outside the Code’s timescales (5.9)', () => {
  const withGoodReason = { notifiedOn: '2027-01-18', newDueOn: '2027-02-16', reason: 'Specialist survey', goodReason: true };
  const respondedOn = (day: string, extensions: (typeof withGoodReason)[] = []) => ({ ...base, remedies: [onTime], stage1: { ...base.stage1, respondedOn: day, extensions } });

  it('a late acknowledgement is not a response outside the timescales', () => {
    // Acknowledgement due Mon 11 Jan (5 working days), given Tue 12 Jan; response due Tue 26 Jan, given Wed 20 Jan.
    const record = { ...base, remedies: [onTime], stage1: { receivedOn: '2027-01-04', acknowledgedOn: '2027-01-12', respondedOn: '2027-01-20' } };
    expect(evidence(record, '2027-02-01')).toEqual([]);
  });

  it('predicted up to the extended due date (Tue 16 Feb), not after it', () => {
    const extended = { ...base, stage1: { ...base.stage1, extensions: [withGoodReason] } };
    expect(evidence(extended, '2027-02-16').map((f) => [f.code, f.severity])).toEqual([['keep-informed-interval-not-agreed', 'warning']]);
    expect(evidence(extended, '2027-02-17')).toEqual([]);
  });

  it('a response after a beyond-cap extension fell outside them, even before its extended date', () => {
    expect(evidence(respondedOn('2027-02-10', [withGoodReason]), '2027-02-12').map((f) => [f.code, f.severity, f.deadlineId, f.message])).toEqual([
      ['keep-informed-interval-not-agreed', 'breach', 'stage1-response', "The stage 1 response fell outside the Code's timescales and no interval for keeping the resident informed is recorded: agree one with the resident and record it (HO Code 2024 5.9)."],
    ]);
  });

  it('with a beyond-cap extension, a response on the Code due date is in time and the next day is not', () => {
    expect(evidence(respondedOn('2027-01-19', [withGoodReason]), '2027-03-01')).toEqual([]);
    expect(evidence(respondedOn('2027-01-20', [withGoodReason]), '2027-03-01').map((f) => [f.code, f.severity])).toEqual([['keep-informed-interval-not-agreed', 'breach']]);
  });

  it('without an extension, only a response after the cap (Tue 2 Feb) fell outside them', () => {
    expect(evidence(respondedOn('2027-01-25'), '2027-03-01')).toEqual([]);
    expect(evidence(respondedOn('2027-02-02'), '2027-03-01')).toEqual([]);
    expect(evidence(respondedOn('2027-02-03'), '2027-03-01').map((f) => [f.code, f.severity])).toEqual([['keep-informed-interval-not-agreed', 'breach']]);
  });

  it('a record with no evidence and no extension: a response after the cap still asks for an interval', () => {
    // The early return for records without evidence (the report's hot path) once dropped this finding.
    const bare = { ...base, stage1: { ...base.stage1, respondedOn: '2027-02-03' } };
    expect(evidence(bare, '2027-03-01').map((f) => [f.code, f.severity])).toEqual([['keep-informed-interval-not-agreed', 'breach']]);
    expect(evidence({ ...bare, stage1: { ...bare.stage1, respondedOn: '2027-02-02' } }, '2027-03-01')).toEqual([]);
  });

  it('an agreed day without an interval is not an agreed interval', () => {
    const extended = { ...base, stage1: { ...base.stage1, extensions: [withGoodReason] }, keepInformed: { agreedOn: '2027-01-18' } };
    expect(evidence(extended, '2027-01-20').map((f) => f.code)).toEqual(['keep-informed-interval-not-agreed']);
  });

  it('a complaint not accepted owes no updates', () => {
    const record = {
      ...base,
      refusedToAccept: { decidedOn: '2027-01-05', grounds: 'not-a-complaint' as const, reason: 'A repair request', explainedOn: '2027-01-05', ombudsmanRightGiven: true },
      keepInformed: { agreedOn: '2027-01-05', intervalDays: 7 },
    };
    expect(evidence(record, '2027-03-01')).toEqual([]);
  });
});

describe('missed updates (5.9)', () => {
  const agreed = (keepInformed: { intervalDays: number; updatesSentOn?: string[] }, stage1: ComplaintRecordInput['stage1'] = base.stage1) => ({ ...base, stage1, keepInformed: { agreedOn: '2027-01-18', ...keepInformed } });
  const missed = (record: ComplaintRecordInput, today: string) => evidence(record, today).map((f) => [f.code, f.severity, f.message]);

  it('an interval of one day is “every 1 day”', () => {
    expect(missed(agreed({ intervalDays: 1, updatesSentOn: ['2027-01-19'] }), '2027-01-22')).toEqual([
      ['keep-informed-update-missed', 'breach', 'An update to the resident was due by Wed 20 Jan 2027 (every 1 day, agreed Mon 18 Jan 2027) and none is recorded (HO Code 2024 5.9).'],
    ]);
  });

  it('a late update counts as missed, from the day it was due', () => {
    // Due Mon 25 Jan, sent Thu 28 Jan; the next is due Thu 4 Feb.
    expect(missed(agreed({ intervalDays: 7, updatesSentOn: ['2027-01-28'] }), '2027-02-03').map(([, , message]) => message)).toEqual([
      'An update to the resident was due by Mon 25 Jan 2027 (every 7 days, agreed Mon 18 Jan 2027) and none is recorded (HO Code 2024 5.9).',
    ]);
    expect(missed(agreed({ intervalDays: 7, updatesSentOn: ['2027-01-28'] }), '2027-02-12').map(([, , message]) => message)).toEqual([
      'An update to the resident was due by Mon 25 Jan 2027 (every 7 days, agreed Mon 18 Jan 2027) and none is recorded; 2 updates were missed in all (HO Code 2024 5.9).',
    ]);
  });

  it('ignores updates sent before the agreement or after the response', () => {
    expect(missed(agreed({ intervalDays: 7, updatesSentOn: ['2027-01-15'] }), '2027-01-24')).toEqual([]);
    expect(missed(agreed({ intervalDays: 7, updatesSentOn: ['2027-01-28'] }, { ...base.stage1, respondedOn: '2027-01-22' }), '2027-02-10')).toEqual([]);
  });

  it('counts to today when the response is recorded for a later day', () => {
    expect(missed(agreed({ intervalDays: 7, updatesSentOn: ['2027-01-25'] }, { ...base.stage1, respondedOn: '2027-02-08' }), '2027-01-31')).toEqual([]);
  });

  it('an interval agreed from the day stage 2 was asked for runs to the stage 2 response', () => {
    const stage2 = { ...base, stage1: { ...base.stage1, respondedOn: '2027-01-15' }, stage2: { requestedOn: '2027-02-01', respondedOn: '2027-03-01' }, keepInformed: { agreedOn: '2027-02-01', intervalDays: 7 } };
    expect(missed(stage2, '2027-03-10').map(([, , message]) => message)).toEqual([
      'An update to the resident was due by Mon 8 Feb 2027 (every 7 days, agreed Mon 1 Feb 2027) and none is recorded (HO Code 2024 5.9).',
    ]);
  });

  it('an interval agreed at stage 1 ends with the stage 1 response', () => {
    const stage1 = { ...base, stage1: { ...base.stage1, respondedOn: '2027-01-15' }, stage2: { requestedOn: '2027-02-01' }, keepInformed: { agreedOn: '2027-01-11', intervalDays: 7 } };
    expect(missed(stage1, '2027-03-10')).toEqual([]);
  });

  it('missedUpdates: none without an interval; a bare count when none was missed', () => {
    const record = (keepInformed: object) => ComplaintRecord.parse({ ...base, keepInformed });
    expect(missedUpdates(record({ agreedOn: '2027-01-18' }), '2027-03-01')).toBeUndefined();
    expect(missedUpdates(record({ agreedOn: '2027-01-18', intervalDays: 7, updatesSentOn: ['2027-01-25'] }), '2027-01-29')).toStrictEqual({ count: 0 });
  });
});

describe('refusal edges (2.3, 2.4, 5.11)', () => {
  const facts = (record: ComplaintRecordInput) => evidence(record, '2027-03-01').map((f) => [f.code, f.severity, f.deadlineId, f.message]);
  const refused = { decidedOn: '2027-01-06', reason: 'Claim filed at court' };

  it('not explained, and discretion not considered: what each finding says', () => {
    expect(facts({ ...base, refusedToAccept: { ...refused, grounds: 'over-12-months' } })).toEqual([
      ['refusal-not-explained', 'warning', 'stage1-acknowledgement', 'The complaint was not accepted (Wed 6 Jan 2027) and no explanation to the resident is recorded: it must set out the reasons and the right to take that decision to the Ombudsman (HO Code 2024 2.4).'],
      ['refusal-discretion-not-considered', 'advice', 'stage1-acknowledgement', 'Refused as over 12 months old, with no record that discretion to accept it was considered: consider whether there are good reasons to accept it (HO Code 2024 2.3).'],
    ]);
  });

  it('the explanation is dated by when it was sent', () => {
    expect(facts({ ...base, refusedToAccept: { ...refused, explainedOn: '2027-01-08', ombudsmanRightGiven: false } })).toEqual([
      ['refusal-ombudsman-right-not-given', 'breach', 'stage1-acknowledgement', 'The explanation sent Fri 8 Jan 2027 did not tell the resident of their right to take the decision to the Ombudsman (HO Code 2024 2.4).'],
    ]);
  });

  it('explained with the right given, and discretion considered: nothing to find', () => {
    expect(facts({ ...base, refusedToAccept: { ...refused, grounds: 'over-12-months', explainedOn: '2027-01-08', ombudsmanRightGiven: true, discretionConsidered: true } })).toEqual([]);
  });

  it('a refusal to escalate that was explained is listed, not flagged', () => {
    const record = { ...base, stage1: { ...base.stage1, respondedOn: '2027-01-15' }, refusedToEscalate: { requestedOn: '2027-02-01', decidedOn: '2027-02-03', reason: 'Asked 14 months after the response', explainedOn: '2027-02-03' } };
    expect(facts(record).map(([code, severity, deadlineId]) => [code, severity, deadlineId])).toEqual([['escalation-refused', 'advice', 'stage2-acknowledgement']]);
    const { explainedOn: _explained, ...unexplained } = record.refusedToEscalate;
    expect(facts({ ...record, refusedToEscalate: unexplained })[1]).toEqual([
      'refusal-not-explained', 'warning', 'stage2-acknowledgement', 'No explanation to the resident of the refusal to escalate is recorded: the reasons must be clearly set out (HO Code 2024 5.11).',
    ]);
  });
});
