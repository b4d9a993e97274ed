import { describe, expect, it } from 'vitest';
import { complaintTimeline } from './complaintTimeline.js';
import type { ComplaintRecordInput } from './ComplaintRecord.js';

// Received Mon 2 Nov 2026, acknowledged the same day: stage 1 response due Mon 16 Nov 2026;
// the Code allows extending it by up to 10 working days, to Mon 30 Nov 2026.
const base = { reference: 'C-7', stage1: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-02' } };
const withExtensions = (extensions: NonNullable<ComplaintRecordInput['stage1']['extensions']>): ComplaintRecordInput => ({
  ...base,
  stage1: { ...base.stage1, extensions },
});
const summary = (record: ComplaintRecordInput, options: Parameters<typeof complaintTimeline>[1] = {}) => {
  const timeline = complaintTimeline(record, { today: '2026-11-10', ...options });
  const response = timeline.deadlines[1];
  // The 5.9 interval prompt that an extension past the cap also raises is tested in evidence-findings.test.ts.
  const findings = timeline.findings.filter((f) => f.code !== 'keep-informed-interval-not-agreed');
  return { dueOn: response?.dueOn, findings: findings.map((f) => `${f.severity} ${f.code} ${f.provision.ref}`) };
};

describe('extensions', () => {
  it('a valid extension moves the deadline', () => {
    const timeline = complaintTimeline(withExtensions([{ notifiedOn: '2026-11-12', newDueOn: '2026-11-27', reason: 'Awaiting surveyor' }]), { today: '2026-11-10' });
    expect(timeline.deadlines[1]).toMatchObject({ codeDueOn: '2026-11-16', dueOn: '2026-11-27', latestExtendedDueOn: '2026-11-30' });
    expect(timeline.deadlines[1]?.explanation).toContain('Extended on Thu 12 Nov 2026 to Fri 27 Nov 2026 (Awaiting surveyor). Now due Fri 27 Nov 2026.');
    expect(timeline.findings).toEqual([]);
  });

  it('beyond the cap without good reason is a breach; the deadline counts only to the cap', () => {
    expect(summary(withExtensions([{ notifiedOn: '2026-11-12', newDueOn: '2026-12-04', reason: 'Busy' }]))).toEqual({
      dueOn: '2026-11-30',
      findings: ['breach extension-beyond-cap 6.4'],
    });
  });

  it('beyond the cap with a good reason is advice, and moves the deadline', () => {
    const record = withExtensions([{ notifiedOn: '2026-11-12', newDueOn: '2026-12-04', reason: 'Specialist report', goodReason: true }]);
    expect(summary(record)).toEqual({ dueOn: '2026-12-04', findings: ['advice extension-beyond-cap 6.4'] });
    const timeline = complaintTimeline(record, { today: '2026-11-10' });
    expect(timeline.findings[0]?.message).toMatchInlineSnapshot(
      `"The stage 1 extension notified Thu 12 Nov 2026 runs to Fri 4 Dec 2026, past the Mon 30 Nov 2026 the Code allows without good reason. A good reason is recorded: make sure it is clearly explained to the resident (HO Code 2024 6.4)."`,
    );
  });

  it("a 'hard' policy cap allows nothing beyond, good reason or not", () => {
    const record = withExtensions([{ notifiedOn: '2026-11-12', newDueOn: '2026-12-04', reason: 'Specialist report', goodReason: true }]);
    expect(summary(record, { policy: { extensionCap: 'hard' } })).toEqual({ dueOn: '2026-11-30', findings: ['breach extension-beyond-cap 6.4'] });
  });

  it("a 'soft' policy cap follows the Code: more only with a good reason", () => {
    const extension = { notifiedOn: '2026-11-12', newDueOn: '2026-12-04', reason: 'Specialist report' };
    expect(summary(withExtensions([{ ...extension, goodReason: true }]), { policy: { extensionCap: 'soft' } })).toEqual({
      dueOn: '2026-12-04',
      findings: ['advice extension-beyond-cap 6.4'],
    });
    expect(summary(withExtensions([extension]), { policy: { extensionCap: 'soft' } })).toEqual({
      dueOn: '2026-11-30',
      findings: ['breach extension-beyond-cap 6.4'],
    });
  });

  it('an extension notified after the deadline is a breach and does not move it', () => {
    const record = withExtensions([{ notifiedOn: '2026-11-17', newDueOn: '2026-11-27', reason: 'Late' }]);
    expect(summary(record, { today: '2026-11-18' })).toEqual({
      dueOn: '2026-11-16',
      findings: ['breach late-response 6.3', 'advice keep-resident-informed 5.9', 'breach extension-notified-late 6.4'],
    });
  });

  it('an extension with no reason is a warning', () => {
    expect(summary(withExtensions([{ notifiedOn: '2026-11-12', newDueOn: '2026-11-20' }]))).toEqual({
      dueOn: '2026-11-20',
      findings: ['warning extension-without-reason 6.4'],
    });
  });

  it('several extensions add up against one cap, in the order they were notified', () => {
    const record = withExtensions([
      { notifiedOn: '2026-11-19', newDueOn: '2026-12-02', reason: 'Second' },
      { notifiedOn: '2026-11-12', newDueOn: '2026-11-20', reason: 'First' },
    ]);
    expect(summary(record)).toEqual({ dueOn: '2026-11-30', findings: ['breach extension-beyond-cap 6.4'] });
  });

  it('stage 2 extensions cite 6.15 and cap at 20 working days', () => {
    const record: ComplaintRecordInput = {
      ...base,
      stage1: { ...base.stage1, respondedOn: '2026-11-13' },
      stage2: { requestedOn: '2026-11-16', acknowledgedOn: '2026-11-16', extensions: [{ notifiedOn: '2026-12-01', newDueOn: '2027-02-15', reason: 'Legal advice' }] },
    };
    const timeline = complaintTimeline(record, { today: '2026-12-01' });
    expect(timeline.deadlines[3]).toMatchObject({ codeDueOn: '2026-12-14', latestExtendedDueOn: '2027-01-14', dueOn: '2027-01-14' });
    expect(timeline.findings.map((f) => `${f.code} ${f.provision.ref}`)).toEqual(['extension-beyond-cap 6.15', 'keep-informed-interval-not-agreed 5.9']);
  });
});

describe('other findings', () => {
  it('the same handler at both stages is a breach (6.13)', () => {
    const record: ComplaintRecordInput = {
      ...base,
      stage1: { ...base.stage1, respondedOn: '2026-11-13', handlerId: 'Jo.Smith' },
      stage2: { requestedOn: '2026-11-16', handlerId: 'jo.smith' },
    };
    const timeline = complaintTimeline(record, { today: '2026-11-16' });
    expect(timeline.findings.map((f) => `${f.severity} ${f.code} ${f.provision.ref}`)).toEqual(['breach same-handler-both-stages 6.13']);
  });

  it('a complaint more than 12 months after the issue needs discretion, not rejection (2.3)', () => {
    const old = complaintTimeline({ ...base, issueOccurredOn: '2025-06-01', residentAwareOn: '2025-10-31' }, { today: '2026-11-02' });
    expect(old.findings.map((f) => `${f.severity} ${f.code} ${f.provision.ref}`)).toEqual(['advice older-than-12-months 2.3']);
    expect(old.findings[0]?.message).toContain('more than 12 months after the resident became aware of the issue (Fri 31 Oct 2025)');
    expect(old.findings[0]?.message).toContain('consider whether there are good reasons to use discretion');
    // Exactly 12 months (2 Nov 2025 → 2 Nov 2026) is within the window.
    expect(complaintTimeline({ ...base, issueOccurredOn: '2025-11-02' }, { today: '2026-11-02' }).findings).toEqual([]);
  });

  it('the 2022 Code’s window is six months (unconfirmed; flagged as outside-acceptance-window)', () => {
    const timeline = complaintTimeline(
      { reference: 'C-8', issueOccurredOn: '2023-01-02', stage1: { receivedOn: '2023-08-01', acknowledgedOn: '2023-08-01' } },
      { today: '2023-08-01' },
    );
    expect(timeline.ruleSet).toBe('ho-2022');
    expect(timeline.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['advice outside-acceptance-window']);
  });

  it('an overdue response also asks the landlord to agree update intervals (5.9)', () => {
    const timeline = complaintTimeline(base, { today: '2026-11-18' });
    expect(timeline.findings.map((f) => f.code)).toEqual(['late-response', 'keep-resident-informed']);
    expect(timeline.findings[0]?.message).toBe('Stage 1 response is overdue by 2 working days: it was due Mon 16 Nov 2026 (HO Code 2024 6.3).');
  });
});

describe('dates after today', () => {
  it('a received date after today is a finding, not silently on track', () => {
    const timeline = complaintTimeline({ reference: 'F-1', stage1: { receivedOn: '2026-12-01' } }, { today: '2026-11-24' });
    expect(timeline.findings.map((f) => `${f.severity} ${f.code} ${f.deadlineId}`)).toEqual(['warning date-in-future stage1-acknowledgement']);
    expect(timeline.findings[0]?.message).toBe('Received Tue 1 Dec 2026 is after today (Tue 24 Nov 2026): check the date recorded.');
  });

  it('names every recorded step date after today, and none on or before it', () => {
    const record: ComplaintRecordInput = {
      reference: 'F-2',
      stage1: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-24', respondedOn: '2026-11-25' },
      stage2: { requestedOn: '2026-11-26' },
    };
    const codes = complaintTimeline(record, { today: '2026-11-24' }).findings.filter((f) => f.code === 'date-in-future');
    expect(codes.map((f) => f.message.split(' is after')[0])).toEqual([
      'Stage 1 response sent Wed 25 Nov 2026',
      'Stage 2 requested Thu 26 Nov 2026',
    ]);
    expect(complaintTimeline(base, { today: '2026-11-02' }).findings).toEqual([]);
  });
});
