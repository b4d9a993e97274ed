// The demo CRM's data come out in the states they are meant to show, for several "todays"
// (a Tuesday, a Friday before Christmas, the first Monday of a year). The data are placed with the
// SDK's calendar, so the main check is against dates worked out by hand; the SDK's timeline then
// reads them. No browser: Playwright runs this like a unit test, beside the journeys that use the data.
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

// Worked by hand in England and Wales working days. Tue 24 Nov 2026 counts back Mon 23, Fri 20, Thu 19,
// Wed 18, Tue 17, Mon 16, Fri 13, Thu 12, Wed 11, Tue 10 (−10), Mon 9 … Mon 2 Nov (−16) … Tue 13 Oct (−30),
// and forward Wed 25, Thu 26, Fri 27, Mon 30 Nov, Tue 1 Dec (+5) … Fri 11 Dec (+13). Around Christmas 2026,
// 25 and 28 Dec and 1 Jan 2027 are bank holidays. References are HC-<year of today>-<412 + 17 × position>.
const handWorked: {
  today: string;
  reference: string;
  stage: 1 | 2;
  status: string;
  dates: { receivedOn: string; acknowledgedOn?: string; respondedOn?: string; stage2?: { requestedOn: string; acknowledgedOn?: string } };
  next: { id: string; dueOn: string; state: string; workingDaysLeft: number } | 'closed';
}[] = [
  // Received −1 (Mon 23 Nov): acknowledge by Mon 30 Nov, 4 working days away.
  { today: '2026-11-24', reference: 'HC-2026-0412', stage: 1, status: 'New', dates: { receivedOn: '2026-11-23' },
    next: { id: 'stage1-acknowledgement', dueOn: '2026-11-30', state: 'on-track', workingDaysLeft: 4 } },
  // Received −16 (Mon 2 Nov), acknowledged −14 (Wed 4 Nov): respond by Wed 18 Nov, 4 working days ago.
  { today: '2026-11-24', reference: 'HC-2026-0463', stage: 1, status: 'Acknowledged', dates: { receivedOn: '2026-11-02', acknowledgedOn: '2026-11-04' },
    next: { id: 'stage1-response', dueOn: '2026-11-18', state: 'overdue', workingDaysLeft: -4 } },
  // Received −5 (Tue 17 Nov): acknowledge by today.
  { today: '2026-11-24', reference: 'HC-2026-0480', stage: 1, status: 'New', dates: { receivedOn: '2026-11-17' },
    next: { id: 'stage1-acknowledgement', dueOn: '2026-11-24', state: 'due-today', workingDaysLeft: 0 } },
  // Stage 2 requested −10 (Tue 10 Nov), acknowledged −7 (Fri 13 Nov): respond by Fri 11 Dec (+13). Its stage 1
  // sits 24, 21 and 12 working days before the request: Wed 7, Mon 12 and Fri 23 Oct.
  { today: '2026-11-24', reference: 'HC-2026-0497', stage: 2, status: 'Stage 2 in progress',
    dates: { receivedOn: '2026-10-07', acknowledgedOn: '2026-10-12', respondedOn: '2026-10-23', stage2: { requestedOn: '2026-11-10', acknowledgedOn: '2026-11-13' } },
    next: { id: 'stage2-response', dueOn: '2026-12-11', state: 'on-track', workingDaysLeft: 13 } },
  // Received −12 (Fri 6 Nov), acknowledged −9 (Wed 11 Nov): respond by Wed 25 Nov, tomorrow.
  { today: '2026-11-24', reference: 'HC-2026-0514', stage: 1, status: 'Acknowledged', dates: { receivedOn: '2026-11-06', acknowledgedOn: '2026-11-11' },
    next: { id: 'stage1-response', dueOn: '2026-11-25', state: 'due-soon', workingDaysLeft: 1 } },
  // Received −30 (Tue 13 Oct), acknowledged −28 (Thu 15 Oct), answered −20 (Tue 27 Oct): closed.
  { today: '2026-11-24', reference: 'HC-2026-0531', stage: 1, status: 'Closed', dates: { receivedOn: '2026-10-13', acknowledgedOn: '2026-10-15', respondedOn: '2026-10-27' },
    next: 'closed' },
  // Received −8 (Thu 12 Nov): acknowledge by Thu 19 Nov, 3 working days ago.
  { today: '2026-11-24', reference: 'HC-2026-0548', stage: 1, status: 'New', dates: { receivedOn: '2026-11-12' },
    next: { id: 'stage1-acknowledgement', dueOn: '2026-11-19', state: 'overdue', workingDaysLeft: -3 } },
  // Fri 18 Dec 2026. Received −1 (Thu 17 Dec): Fri 18, Mon 21 … Thu 24 Dec is the 5th working day.
  { today: '2026-12-18', reference: 'HC-2026-0412', stage: 1, status: 'New', dates: { receivedOn: '2026-12-17' },
    next: { id: 'stage1-acknowledgement', dueOn: '2026-12-24', state: 'on-track', workingDaysLeft: 4 } },
  // Received today: Mon 21 … Thu 24 Dec, then (25 and 28 Dec off) Tue 29 Dec.
  { today: '2026-12-18', reference: 'HC-2026-0786', stage: 1, status: 'New', dates: { receivedOn: '2026-12-18' },
    next: { id: 'stage1-acknowledgement', dueOn: '2026-12-29', state: 'on-track', workingDaysLeft: 5 } },
  // Mon 4 Jan 2027. Received −1 is Thu 31 Dec (1 Jan is a bank holiday): acknowledge by Fri 8 Jan.
  { today: '2027-01-04', reference: 'HC-2027-0412', stage: 1, status: 'New', dates: { receivedOn: '2026-12-31' },
    next: { id: 'stage1-acknowledgement', dueOn: '2027-01-08', state: 'on-track', workingDaysLeft: 4 } },
  // Received −16 (Tue 8 Dec; back over 1 Jan, 28 and 25 Dec), acknowledged −14 (Thu 10 Dec): respond by Thu 24 Dec.
  { today: '2027-01-04', reference: 'HC-2027-0463', stage: 1, status: 'Acknowledged', dates: { receivedOn: '2026-12-08', acknowledgedOn: '2026-12-10' },
    next: { id: 'stage1-response', dueOn: '2026-12-24', state: 'overdue', workingDaysLeft: -4 } },
];

for (const expected of handWorked) {
  test(`${expected.reference} on ${expected.today}: dates and next deadline worked by hand`, () => {
    const complaint = demoComplaints(expected.today).find((c) => c.reference === expected.reference);
    if (!complaint) throw new Error(`${expected.reference} is missing on ${expected.today}`);
    expect({ stage: complaint.stage, status: complaint.status }).toEqual({ stage: expected.stage, status: expected.status });
    expect({
      receivedOn: complaint.receivedOn,
      ...(complaint.acknowledgedOn && { acknowledgedOn: complaint.acknowledgedOn }),
      ...(complaint.respondedOn && { respondedOn: complaint.respondedOn }),
      ...(complaint.stage2 && { stage2: complaint.stage2 }),
    }).toEqual(expected.dates);
    const timeline = complaintTimeline(record(complaint), { today: expected.today });
    if (expected.next === 'closed') {
      expect([timeline.closed, complaint.intended]).toEqual([true, 'closed']);
      return;
    }
    const next = timeline.next;
    expect(next && { id: next.id, dueOn: next.dueOn, state: next.state, workingDaysLeft: next.workingDaysLeft }).toEqual(expected.next);
    expect(complaint.intended).toBe(expected.next.state);
  });
}

// Beyond the hand-worked cases: every complaint, on each day, in the state the demo means it to show.
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
