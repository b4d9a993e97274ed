// The demo CRM's data come out in the states they are meant to show, for several "todays"
// (a Tuesday, a Friday before Christmas, the first Monday of a year), checked with the SDK's own
// timeline. No browser: Playwright runs this like a unit test, beside the journeys that use the data.
import { complaintTimeline } from '@complaint-code/sdk';
import { expect, test } from '@playwright/test';
import { demoComplaints, type DemoComplaint } from '../demo-crm/data.js';

function record(complaint: DemoComplaint) {
  return {
    reference: complaint.reference,
    stage1: { receivedOn: complaint.receivedOn, acknowledgedOn: complaint.acknowledgedOn, respondedOn: complaint.respondedOn },
    ...(complaint.stage2 && { stage2: complaint.stage2 }),
  };
}

for (const today of ['2026-11-24', '2026-12-18', '2027-01-04']) {
  test(`every demo complaint shows its intended state on ${today}`, () => {
    const complaints = demoComplaints(today);
    expect(complaints).toHaveLength(30);
    expect(new Set(complaints.map((c) => c.reference)).size).toBe(30);
    for (const complaint of complaints) {
      const timeline = complaintTimeline(record(complaint), { today });
      const shown = timeline.closed ? 'closed' : timeline.state;
      expect(shown, `${complaint.reference} (${JSON.stringify(record(complaint))})`).toBe(complaint.intended);
    }
  });
}

test('the mix on a working day has every state the demo promises', () => {
  const counts = new Map<string, number>();
  for (const complaint of demoComplaints('2026-11-24')) counts.set(complaint.intended, (counts.get(complaint.intended) ?? 0) + 1);
  expect(Object.fromEntries(counts)).toEqual({ 'on-track': 11, 'due-soon': 6, 'due-today': 3, overdue: 5, closed: 5 });
  expect(demoComplaints('2026-11-24').filter((c) => c.stage === 2)).toHaveLength(8);
});
