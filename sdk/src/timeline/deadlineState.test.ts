import { describe, expect, it } from 'vitest';
import { complaintTimeline } from './complaintTimeline.js';

describe('deadlineState', () => {
  it('a deadline missed by a weekend only is overdue by one working day', () => {
    // Received Fri 6 Nov 2026: acknowledgement due Fri 13 Nov (Mon 9 … Fri 13); Sat 14 Nov is past it.
    const timeline = complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-11-06' } }, { today: '2026-11-14' });
    expect(timeline.deadlines[0]).toMatchObject({ dueOn: '2026-11-13', state: 'overdue', workingDaysLeft: -1 });
  });

  it('a response extended to a Saturday is overdue by one working day on the Sunday', () => {
    // No working day lies between Sat 21 and Sun 22 Nov 2026: still at least one day late.
    const stage1 = { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-02', extensions: [{ notifiedOn: '2026-11-12', newDueOn: '2026-11-21', reason: 'Survey' }] };
    const timeline = complaintTimeline({ reference: 'C-2', stage1 }, { today: '2026-11-22' });
    expect(timeline.deadlines[1]).toMatchObject({ dueOn: '2026-11-21', state: 'overdue', workingDaysLeft: -1 });
  });
});
