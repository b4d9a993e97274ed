import { describe, expect, it } from 'vitest';
import { CalendarRangeError } from '../calendar/errors.js';
import { ComplaintCodeInputError } from '../errors/ComplaintCodeInputError.js';
import { complaintTimeline } from './complaintTimeline.js';
import { InvalidComplaintError } from './InvalidComplaintError.js';

// Options, errors and the shape of what comes back (written against surviving mutants).
const record = { reference: 'C-1', stage1: { receivedOn: '2026-11-02' } };
const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
};

describe('complaintTimeline options', () => {
  it('takes either Ombudsman, and names a third in its message', () => {
    expect(complaintTimeline(record, { today: '2026-11-03', ombudsman: 'housing' }).ruleSet).toBe('ho-2024');
    const error = thrown(() => complaintTimeline(record, { today: '2026-11-03', ombudsman: 'lgo' as never }));
    expect(error).toBeInstanceOf(ComplaintCodeInputError);
    expect((error as ComplaintCodeInputError).message).toBe('complaintTimeline: invalid options:\n  - ombudsman: "lgo" is not one of: housing, lgsco');
  });

  it('names the policy itself when it is not an object', () => {
    const error = thrown(() => complaintTimeline(record, { today: '2026-11-03', policy: 'strict' as never })) as ComplaintCodeInputError;
    expect(error.issues.map((issue) => issue.path)).toEqual(['policy']);
  });

  it('refuses a today that is not a date', () => {
    expect(() => complaintTimeline(record, { today: '2026-13-01' })).toThrow('2026-13-01 is not a real date (expected YYYY-MM-DD)');
    // Even when no deadline is open, so no working days are counted from it.
    const answered = { reference: 'C-1', stage1: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-03', respondedOn: '2026-11-10' } };
    expect(() => complaintTimeline(answered, { today: '2026-13-01' })).toThrow('2026-13-01 is not a real date (expected YYYY-MM-DD)');
  });

  it('reports a date beyond the calendar as an invalid record, keeping the calendar’s error as the cause', () => {
    const error = thrown(() => complaintTimeline({ reference: 'C-2', stage1: { receivedOn: '2026-12-18', respondedOn: '2031-01-06' } }, { today: '2027-04-20' }));
    expect(error).toBeInstanceOf(InvalidComplaintError);
    expect((error as InvalidComplaintError).issues).toEqual([{ path: '', message: expect.stringContaining('2031') }]);
    expect((error as InvalidComplaintError).cause).toBeInstanceOf(CalendarRangeError);
  });
});

describe('complaintTimeline shape', () => {
  it('a deadline carries only the keys that apply, in a fixed order', () => {
    const [acknowledgement, response] = complaintTimeline({ reference: 'C-3', stage1: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-03' } }, { today: '2026-11-04' }).deadlines;
    expect(Object.keys(acknowledgement ?? {})).toEqual(['id', 'stage', 'step', 'title', 'clockStartsOn', 'clockStartsFrom', 'workingDays', 'codeDueOn', 'dueOn', 'doneOn', 'state', 'provision', 'explanation']);
    expect(Object.keys(response ?? {})).toEqual(['id', 'stage', 'step', 'title', 'clockStartsOn', 'clockStartsFrom', 'workingDays', 'codeDueOn', 'dueOn', 'latestExtendedDueOn', 'state', 'workingDaysLeft', 'provision', 'explanation']);
  });

  it('open until answered; a refusal closes it', () => {
    expect(complaintTimeline(record, { today: '2026-11-03' }).closed).toBe(false);
    expect(complaintTimeline({ ...record, refusedToEscalate: { requestedOn: '2026-11-20', decidedOn: '2026-11-23', reason: 'Out of time' } }, { today: '2026-11-24' }).closed).toBe(true);
  });

  it('a complaint not accepted keeps the stage 1 deadlines already met, and any stage 2 ones', () => {
    const refused = { decidedOn: '2026-11-04', reason: 'A repair request', explainedOn: '2026-11-04', ombudsmanRightGiven: true };
    const acknowledged = complaintTimeline({ ...record, stage1: { ...record.stage1, acknowledgedOn: '2026-11-03' }, refusedToAccept: refused }, { today: '2026-11-10' });
    expect(acknowledged.deadlines.map((d) => d.id)).toEqual(['stage1-acknowledgement']);
    const escalated = complaintTimeline({ ...record, stage2: { requestedOn: '2026-11-20' }, refusedToAccept: refused }, { today: '2026-11-23' });
    expect(escalated.deadlines.map((d) => d.id)).toEqual(['stage2-acknowledgement', 'stage2-response']);
  });
});
