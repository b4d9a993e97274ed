import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import type { RuleSetId } from '../rules/RuleSet.js';
import { complaintTimeline } from './complaintTimeline.js';
import type { ComplaintRecordInput } from './ComplaintRecord.js';
import { InvalidComplaintError } from './InvalidComplaintError.js';
import { safeComplaintTimeline } from './safeComplaintTimeline.js';

const due = (record: ComplaintRecordInput, today = '2026-12-18') =>
  Object.fromEntries(complaintTimeline(record, { today }).deadlines.map((d) => [d.id, `${d.codeDueOn} ${d.provision.ref}`]));

describe('complaintTimeline: every provision’s timescale', () => {
  // Received Fri 18 Dec 2026 (25, 28 Dec and 1 Jan are bank holidays); acknowledged Mon 21 Dec;
  // stage 1 answered Mon 4 Jan; stage 2 requested Mon 1 Feb 2027, acknowledged Wed 3 Feb.
  const record = (ruleSet: RuleSetId): ComplaintRecordInput => ({
    reference: 'C-1',
    ruleSet,
    stage1: { receivedOn: '2026-12-18', acknowledgedOn: '2026-12-21', respondedOn: '2027-01-04' },
    stage2: { requestedOn: '2027-02-01', acknowledgedOn: '2027-02-03' },
  });

  it('ho-2024: 5 WD to acknowledge (6.2, 6.11); respond 10 WD (6.3) / 20 WD (6.14) from acknowledgement', () => {
    expect(due(record('ho-2024'))).toEqual({
      'stage1-acknowledgement': '2026-12-29 6.2',
      'stage1-response': '2027-01-07 6.3', // 10 WD from Mon 21 Dec
      'stage2-acknowledgement': '2027-02-08 6.11',
      'stage2-response': '2027-03-03 6.14', // 20 WD from Wed 3 Feb
    });
  });

  it('joint-draft-2023: respond 10 WD from receipt (6.3), 20 WD from the escalation request (6.18)', () => {
    expect(due(record('joint-draft-2023'))).toEqual({
      'stage1-acknowledgement': '2026-12-29 6.2',
      'stage1-response': '2027-01-06 6.3',
      'stage2-acknowledgement': '2027-02-08 6.13',
      'stage2-response': '2027-03-01 6.18',
    });
  });

  it('ho-2022: stage 1 from "logged" (the acknowledgement, 5.1); stage 2 20 WD from the request', () => {
    expect(due(record('ho-2022'))).toEqual({
      'stage1-acknowledgement': '2026-12-29 acknowledgement',
      'stage1-response': '2027-01-07 5.1',
      'stage2-acknowledgement': '2027-02-08 acknowledgement',
      'stage2-response': '2027-03-01 stage 2',
    });
  });

  it('lgsco-2024: as the HO Code 2024 at stage 1 (6.2, 6.3); stage 2 from acknowledgement', () => {
    expect(due(record('lgsco-2024'))).toEqual({
      'stage1-acknowledgement': '2026-12-29 6.2',
      'stage1-response': '2027-01-07 6.3',
      'stage2-acknowledgement': '2027-02-08 stage 2',
      'stage2-response': '2027-03-03 stage 2',
    });
  });

  it('caps extensions at 10/20 (ho-2024 6.4, 6.15), 10/10 (ho-2022), 10/20 (joint 6.4, 6.19)', () => {
    const caps = (ruleSet: RuleSetId) =>
      complaintTimeline(record(ruleSet), { today: '2026-12-18' })
        .deadlines.filter((d) => d.step === 'respond')
        .map((d) => d.latestExtendedDueOn);
    // Stage 2 caps cross Easter 2027 (Good Friday 26 Mar, Easter Monday 29 Mar).
    expect(caps('ho-2024')).toEqual(['2027-01-21', '2027-04-02']);
    expect(caps('ho-2022')).toEqual(['2027-01-21', '2027-03-15']);
    expect(caps('joint-draft-2023')).toEqual(['2027-01-20', '2027-03-31']);
  });

  it('chooses the Code by the received date when the record names none', () => {
    expect(complaintTimeline({ reference: 'A', stage1: { receivedOn: '2024-03-28' } }, { today: '2024-03-28' }).ruleSet).toBe('ho-2022');
    expect(complaintTimeline({ reference: 'B', stage1: { receivedOn: '2024-04-02' } }, { today: '2024-04-02' }).ruleSet).toBe('ho-2024');
    expect(complaintTimeline({ reference: 'C', stage1: { receivedOn: '2025-04-02' } }, { today: '2025-04-02', ombudsman: 'lgsco' }).ruleSet).toBe('lgsco-2024');
  });
});

describe('complaintTimeline: clocks and explanations', () => {
  it('explains the Christmas worked example', () => {
    const timeline = complaintTimeline({ reference: 'C-1042', stage1: { receivedOn: '2026-12-18' } }, { today: '2026-12-23' });
    expect(timeline.next?.explanation).toBe(
      'Received Fri 18 Dec 2026. 25 Dec and 28 Dec are bank holidays. Acknowledge by Tue 29 Dec 2026 (5 working days, HO Code 2024 6.2). 2 working days left.',
    );
    expect(timeline.state).toBe('due-soon');
    expect(timeline.workingDaysLeft).toBe(2);
  });

  it('runs the response clock from the acknowledgement deadline when the acknowledgement is unknown', () => {
    const [, response] = complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-12-18' } }, { today: '2026-12-18' }).deadlines;
    expect(response?.clockStartsFrom).toBe('acknowledgement-deadline');
    expect(response?.codeDueOn).toBe('2027-01-13');
    expect(response?.explanation).toBe(
      'No acknowledgement recorded, so the clock runs from the acknowledgement deadline, Tue 29 Dec 2026. 1 Jan 2027 is a bank holiday. Respond by Wed 13 Jan 2027 (10 working days from the acknowledgement deadline, HO Code 2024 6.3). 15 working days left.',
    );
  });

  it('runs the response clock from a late acknowledgement (the Code says "of the complaint being acknowledged")', () => {
    const timeline = complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2027-03-22', acknowledgedOn: '2027-04-06' } }, { today: '2027-04-07' });
    expect(timeline.deadlines.map((d) => [d.id, d.dueOn, d.state])).toEqual([
      ['stage1-acknowledgement', '2027-03-31', 'met-late'],
      ['stage1-response', '2027-04-20', 'on-track'],
    ]);
    expect(timeline.findings.map((f) => [f.code, f.severity])).toEqual([['late-acknowledgement', 'breach']]);
    expect(timeline.findings[0]?.message).toBe('Stage 1 acknowledgement was 4 working days late: due Wed 31 Mar 2027, sent Tue 6 Apr 2027 (HO Code 2024 6.2).');
  });

  it('lists closure days in explanations', () => {
    const calendar = createCalendar({ closureDays: [{ date: '2026-12-24', reason: 'Christmas shutdown' }] });
    const timeline = complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-12-18' } }, { today: '2026-12-18', calendar });
    expect(timeline.next?.explanation).toContain('24 Dec (Christmas shutdown) is a closure day. Acknowledge by Wed 30 Dec 2026');
  });

  it('shows the landlord’s own targets beside the Code deadline', () => {
    const timeline = complaintTimeline(
      { reference: 'C-1', stage1: { receivedOn: '2026-12-18', acknowledgedOn: '2026-12-21' }, stage2: { requestedOn: '2027-02-01', acknowledgedOn: '2027-02-02' } },
      { today: '2027-02-02', policy: { targets: { 'stage1-acknowledgement': 2, 'stage2-response': 10 } } },
    );
    expect(timeline.deadlines.map((d) => [d.id, d.targetDueOn])).toEqual([
      ['stage1-acknowledgement', '2026-12-22'],
      ['stage1-response', undefined],
      ['stage2-acknowledgement', undefined],
      ['stage2-response', '2027-02-16'],
    ]);
    expect(timeline.deadlines[3]?.dueOn).toBe('2027-03-02');
    expect(timeline.deadlines[3]?.explanation).toContain('Your own target: Tue 16 Feb 2027 (10 working days).');
  });
});

describe('complaintTimeline: states', () => {
  const record: ComplaintRecordInput = { reference: 'C-1', stage1: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-02' } };
  // Stage 1 response due Mon 16 Nov 2026.
  const at = (today: string, policy = {}) => {
    const timeline = complaintTimeline(record, { today, policy });
    return [timeline.state, timeline.workingDaysLeft];
  };

  it('on-track, due-soon, due-today, overdue', () => {
    expect(at('2026-11-02')).toEqual(['on-track', 10]);
    expect(at('2026-11-11')).toEqual(['on-track', 3]);
    expect(at('2026-11-12')).toEqual(['due-soon', 2]);
    expect(at('2026-11-14')).toEqual(['due-soon', 1]); // Saturday
    expect(at('2026-11-16')).toEqual(['due-today', 0]);
    expect(at('2026-11-17')).toEqual(['overdue', -1]);
    expect(at('2026-11-23')).toEqual(['overdue', -5]);
  });

  it('counts a deadline passed over a weekend as late', () => {
    const timeline = complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-11-06', acknowledgedOn: '2026-11-06' } }, { today: '2026-11-21' });
    expect(timeline.next?.dueOn).toBe('2026-11-20'); // Friday
    expect([timeline.state, timeline.workingDaysLeft]).toEqual(['overdue', -1]); // Saturday
  });

  it('uses the landlord’s "due soon" threshold', () => {
    expect(at('2026-11-11', { dueSoonWorkingDays: 3 })).toEqual(['due-soon', 3]);
    expect(at('2026-11-12', { dueSoonWorkingDays: 0 })).toEqual(['on-track', 2]);
  });

  it('met and met-late; closed when answered with no stage 2', () => {
    const onTime = complaintTimeline({ ...record, stage1: { ...record.stage1, respondedOn: '2026-11-16' } }, { today: '2027-01-01' });
    expect([onTime.state, onTime.closed, onTime.next, onTime.stage]).toEqual(['met', true, undefined, 1]);
    const late = complaintTimeline({ ...record, stage1: { ...record.stage1, respondedOn: '2026-11-17' } }, { today: '2027-01-01' });
    expect([late.state, late.closed]).toEqual(['met-late', true]);
    expect(late.deadlines[1]?.explanation).toContain('Responded Tue 17 Nov 2026: 1 working day late.');
  });

  it('moves to stage 2 when escalated, and closes when stage 2 is answered', () => {
    const open = complaintTimeline(
      { ...record, stage1: { ...record.stage1, respondedOn: '2026-11-16' }, stage2: { requestedOn: '2026-11-30' } },
      { today: '2026-12-01' },
    );
    expect([open.stage, open.closed, open.next?.id, open.state]).toEqual([2, false, 'stage2-acknowledgement', 'on-track']);
    const closed = complaintTimeline(
      { ...record, stage1: { ...record.stage1, respondedOn: '2026-11-16' }, stage2: { requestedOn: '2026-11-30', acknowledgedOn: '2026-12-01', respondedOn: '2026-12-20' } },
      { today: '2027-01-01' },
    );
    expect([closed.closed, closed.state]).toEqual([true, 'met']);
  });

  it('takes a response as the acknowledgement when none is recorded', () => {
    const timeline = complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-11-02', respondedOn: '2026-11-05' } }, { today: '2026-12-01' });
    expect(timeline.deadlines[0]).toMatchObject({ doneOn: '2026-11-05', doneOnImplied: true, state: 'met' });
    expect(timeline.findings.map((f) => f.code)).toEqual(['acknowledgement-not-recorded']);
  });
});

describe('complaintTimeline: bad input', () => {
  it('throws InvalidComplaintError with field paths', () => {
    expect(() => complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-02-30' } }, { today: '2026-03-01' })).toThrow(InvalidComplaintError);
    const result = safeComplaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-12-18', acknowledgedOn: '2026-12-17' } }, { today: '2026-12-18' });
    expect(result.success ? undefined : result.error.issues).toEqual([
      { path: 'stage1.acknowledgedOn', message: 'Acknowledged (2026-12-17) before the complaint was received (2026-12-18)' },
    ]);
  });

  it('reports dates beyond the bank holiday data as an invalid record, not a crash', () => {
    const result = safeComplaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2030-01-07' } }, { today: '2030-01-07' });
    expect(result.success).toBe(false);
    expect(result.success ? '' : result.error.message).toMatch(/No bank holiday data for 2030-01-07/);
    const lenient = createCalendar({ beyondData: 'weekends-only' });
    expect(complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2030-01-07' } }, { today: '2030-01-07', calendar: lenient }).next?.dueOn).toBe('2030-01-14');
  });

  it('rejects a bad today', () => {
    expect(() => complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-12-18' } }, { today: '2026-13-01' })).toThrow(/not a real date/);
  });
});

describe('complaintTimeline: remembered checks stay checks', () => {
  it('refuses a bad today after a good one, and after the same good one again', () => {
    const record = { reference: 'T-1', stage1: { receivedOn: '2026-11-02' } };
    expect(complaintTimeline(record, { today: '2026-11-24' }).state).toBe('overdue');
    expect(() => complaintTimeline(record, { today: '2026-02-30' })).toThrow(/2026-02-30/);
    expect(() => complaintTimeline(record, { today: '' })).toThrow();
    expect(complaintTimeline(record, { today: '2026-11-24' }).state).toBe('overdue');
  });

  it('a calendar that just read a date still refuses a bad one and reads new ones afresh', () => {
    // Fresh calendars first: nothing remembered yet must not pass for a date.
    expect(() => createCalendar().addWorkingDays('', 1)).toThrow();
    expect(() => createCalendar().workingDaysBetween(undefined as unknown as string, '2026-12-18')).toThrow();
    const calendar = createCalendar();
    expect(calendar.addWorkingDays('2026-12-18', 5)).toBe('2026-12-29');
    expect(calendar.workingDaysBetween('2026-12-18', '2026-12-29')).toBe(5);
    expect(() => calendar.addWorkingDays('2026-02-30', 1)).toThrow();
    expect(() => calendar.addWorkingDays('', 1)).toThrow();
    expect(calendar.workingDaysBetween('2026-12-29', '2026-12-18')).toBe(-5);
    expect(calendar.addWorkingDays('2026-12-29', -5)).toBe('2026-12-18');
  });
});
