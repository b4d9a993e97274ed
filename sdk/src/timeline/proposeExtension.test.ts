import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/index.js';
import { complaintTimeline } from './complaintTimeline.js';
import type { ComplaintRecordInput } from './ComplaintRecord.js';
import { proposeExtension } from './proposeExtension.js';

const calendar = createCalendar();

// Worked by hand (HO Code 2024, England and Wales, no bank holidays in November 2026):
// received and acknowledged Mon 2 Nov 2026 → stage 1 response due Mon 16 Nov (6.3: Tue 3 Nov is day 1 … Mon 16 Nov day 10).
// The cap (6.4) is 10 working days more, counted from that Code due date: Tue 17 Nov is day 1 … Mon 30 Nov day 10.
// A first extension to Fri 20 Nov uses 4 of those days; only Mon 23 … Mon 30 Nov (6 working days) are left.
const extendedOnce = (extensions: { notifiedOn: string; newDueOn: string }[]): ComplaintRecordInput => ({
  reference: 'C-11',
  stage1: {
    receivedOn: '2026-11-02',
    acknowledgedOn: '2026-11-02',
    extensions: extensions.map((extension) => ({ ...extension, reason: 'Awaiting the damp survey' })),
  },
});
const options = { today: '2026-11-12', calendar };

describe('proposeExtension takes the cap from the timeline', () => {
  it('after a first extension it offers the timeline’s latest date (30 Nov), not 10 working days from the new due date (4 Dec)', () => {
    const timeline = complaintTimeline(extendedOnce([{ notifiedOn: '2026-11-12', newDueOn: '2026-11-20' }]), options);
    const response = timeline.deadlines[1];
    if (!response?.latestExtendedDueOn) throw new Error('the stage 1 response has no cap');
    expect(response).toMatchObject({ id: 'stage1-response', codeDueOn: '2026-11-16', dueOn: '2026-11-20', latestExtendedDueOn: '2026-11-30' });

    const proposal = proposeExtension(
      { stage: 1, currentDueOn: response.dueOn, latestExtendedDueOn: response.latestExtendedDueOn, rules: 'ho-2024' },
      calendar,
    );
    expect(proposal).toMatchObject({ currentDueOn: '2026-11-20', cappedDueOn: '2026-11-30', newDueOn: '2026-11-30', workingDays: 6, maxWorkingDays: 10, allowed: true, exceedsCap: false });
    expect(proposal.message).toBe(
      'The longest extension without a good reason is 10 working days (HO Code 2024 6.4): the new response date is Monday 30 November 2026. ' +
        'Earlier extensions count against the same 10 working days, so the latest date is Monday 30 November 2026.',
    );

    // The date offered is one the timeline accepts: no extension-beyond-cap finding.
    const after = complaintTimeline(
      extendedOnce([{ notifiedOn: '2026-11-12', newDueOn: '2026-11-20' }, { notifiedOn: '2026-11-13', newDueOn: proposal.newDueOn }]),
      options,
    );
    expect(after.deadlines[1]?.dueOn).toBe('2026-11-30');
    expect(after.findings).toEqual([]);
  });

  it('a requested date past the timeline’s cap is refused and capped at 30 Nov', () => {
    const proposal = proposeExtension({ stage: 1, currentDueOn: '2026-11-20', latestExtendedDueOn: '2026-11-30', requestedNewDueOn: '2026-12-01' }, calendar);
    expect(proposal).toMatchObject({ exceedsCap: true, allowed: false, newDueOn: '2026-11-30', workingDays: 6 });
  });

  it('a requested date inside what is left is used as asked', () => {
    const proposal = proposeExtension({ stage: 1, currentDueOn: '2026-11-20', latestExtendedDueOn: '2026-11-30', requestedNewDueOn: '2026-11-27' }, calendar);
    expect(proposal).toMatchObject({ exceedsCap: false, allowed: true, newDueOn: '2026-11-27', workingDays: 5 });
  });

  it('once the cap is used up, nothing more is offered without a good reason', () => {
    const proposal = proposeExtension({ stage: 1, currentDueOn: '2026-11-30', latestExtendedDueOn: '2026-11-30' }, calendar);
    expect(proposal).toMatchObject({ newDueOn: '2026-11-30', workingDays: 0, allowed: false, exceedsCap: false });
    expect(proposal.message).toBe('The response date has already been extended by the 10 working days allowed without a good reason (HO Code 2024 6.4), to Monday 30 November 2026.');
  });

  it('without the timeline’s cap the current date is the Code due date: 16 Nov + 10 working days = 30 Nov, as the timeline says', () => {
    const proposal = proposeExtension({ stage: 1, currentDueOn: '2026-11-16' }, calendar);
    expect(proposal).toMatchObject({ cappedDueOn: '2026-11-30', newDueOn: '2026-11-30', workingDays: 10, allowed: true });
    expect(complaintTimeline(extendedOnce([]), options).deadlines[1]?.latestExtendedDueOn).toBe('2026-11-30');
  });
});

describe('the timeline’s extension cap', () => {
  // Kills `extension.newDueOn <= cap` → `<` in schedule.ts: a date exactly on the cap is within it.
  it('an extension exactly to the cap (30 Nov) is applied, with no finding', () => {
    const timeline = complaintTimeline(extendedOnce([{ notifiedOn: '2026-11-12', newDueOn: '2026-11-30' }]), options);
    expect(timeline.deadlines[1]?.dueOn).toBe('2026-11-30');
    expect(timeline.findings).toEqual([]);
    expect(timeline.deadlines[1]?.explanation).toContain('Extended on Thu 12 Nov 2026 to Mon 30 Nov 2026 (Awaiting the damp survey). Now due Mon 30 Nov 2026.');
  });

  it('one working day past the cap (1 Dec) is beyond it', () => {
    const timeline = complaintTimeline(extendedOnce([{ notifiedOn: '2026-11-12', newDueOn: '2026-12-01' }]), options);
    expect(timeline.deadlines[1]?.dueOn).toBe('2026-11-30');
    expect(timeline.findings.map((finding) => finding.code)).toEqual(['extension-beyond-cap', 'keep-informed-interval-not-agreed']);
  });
});

describe('proposeExtension, each answer word for word', () => {
  // Current due Mon 16 Nov 2026 with no extension yet: the cap is Mon 30 Nov (10 working days);
  // Fri 4 Dec is 14 working days after 16 Nov (17–20 Nov 4, 23–27 Nov 9, 30 Nov 10, 1–4 Dec 14).
  const propose = (input: Partial<Parameters<typeof proposeExtension>[0]>) => proposeExtension({ stage: 1, currentDueOn: '2026-11-16', ...input }, calendar);

  it('the default: the cap, with no word about earlier extensions', () => {
    expect(propose({}).message).toBe('The longest extension without a good reason is 10 working days (HO Code 2024 6.4): the new response date is Monday 30 November 2026.');
  });

  it('a requested date on the current due date needs no extension', () => {
    const proposal = propose({ requestedNewDueOn: '2026-11-16' });
    expect(proposal).toMatchObject({ newDueOn: '2026-11-16', workingDays: 0, exceedsCap: false, allowed: false });
    expect(proposal.message).toBe('The requested date Monday 16 November 2026 is not after the current due date Monday 16 November 2026: no extension is needed.');
  });

  it('a requested date exactly on the cap is within it', () => {
    const proposal = propose({ requestedNewDueOn: '2026-11-30' });
    expect(proposal).toMatchObject({ newDueOn: '2026-11-30', workingDays: 10, exceedsCap: false, allowed: true });
    expect(proposal.message).toBe('An extension of 10 working days, to Monday 30 November 2026, is within the 10-working-day limit (HO Code 2024 6.4).');
  });

  it('past the cap: allowed with a good reason, capped without one', () => {
    const withReason = propose({ requestedNewDueOn: '2026-12-04', goodReason: 'Specialist damp survey' });
    expect(withReason).toMatchObject({ newDueOn: '2026-12-04', workingDays: 14, exceedsCap: true, allowed: true });
    expect(withReason.message).toBe('Friday 4 December 2026 is 14 working days after the current due date, more than the 10 allowed without good reason (HO Code 2024 6.4). The good reason given must be explained to the resident.');
    const without = propose({ requestedNewDueOn: '2026-12-04' });
    expect(without).toMatchObject({ newDueOn: '2026-11-30', workingDays: 10, exceedsCap: true, allowed: false });
    expect(without.message).toBe('Friday 4 December 2026 is 14 working days after the current due date, more than the 10 allowed without good reason (HO Code 2024 6.4). Give a good reason, or use Monday 30 November 2026 at the latest.');
  });

  it('never offers a date before the current one when an earlier extension already passed the cap', () => {
    const proposal = proposeExtension({ stage: 1, currentDueOn: '2026-12-04', latestExtendedDueOn: '2026-11-30', requestedNewDueOn: '2026-12-11' }, calendar);
    expect(proposal).toMatchObject({ newDueOn: '2026-12-04', workingDays: 0, exceedsCap: true, allowed: false });
  });

  it('names the bad field: a stage other than 1 or 2, a blank good reason', () => {
    expect(() => proposeExtension({ stage: 3 as never, currentDueOn: '2026-11-16' })).toThrow('proposeExtension: invalid input:\n  - stage: stage must be 1 or 2');
    expect(() => propose({ requestedNewDueOn: '2026-12-04', goodReason: '   ' })).toThrow(/^proposeExtension: invalid input:\n {2}- goodReason: /);
  });
});
