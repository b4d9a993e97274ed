/**
 * A vendor's first ten minutes with the SDK: a calendar, one complaint's timeline, and CH01/CH02.
 *
 *   pnpm exec tsx --conditions=source sdk/examples/deadlines.ts
 *
 * `today` is fixed so the output is the same every time you run it.
 */
import {
  codePerformance,
  complaintTimeline,
  createCalendar,
  englandAndWales,
  formatDay,
  safeComplaintTimeline,
  type ComplaintRecordInput,
} from '@complaint-code/sdk';

const today = '2027-01-04';

// 1. Working days: "within 5 working days of Fri 18 Dec 2026" (the day itself is day 0).
const acknowledgeBy = englandAndWales.addWorkingDays('2026-12-18', 5);
console.log(`Acknowledge a complaint received Fri 18 Dec 2026 by ${formatDay(acknowledgeBy)}`);

// 2. One complaint: received before Christmas, acknowledged late, the response extended.
const complaint: ComplaintRecordInput = {
  reference: 'HC-2026-0142',
  issueOccurredOn: '2026-11-30',
  stage1: {
    receivedOn: '2026-12-18',
    acknowledgedOn: '2026-12-30',
    handlerId: 'a.khan',
    extensions: [{ notifiedOn: '2027-01-04', newDueOn: '2027-01-28', reason: 'Waiting for the damp survey' }],
  },
};
const timeline = complaintTimeline(complaint, { today, policy: { targets: { 'stage1-response': 8 } } });
console.log(`\n${timeline.reference} (${timeline.ruleSet}) — now: ${timeline.next?.title}, ${timeline.state}, ${timeline.workingDaysLeft} working days left`);
for (const deadline of timeline.deadlines) {
  console.log(`- ${deadline.title}: due ${deadline.dueOn} [${deadline.state}]`);
  console.log(`  ${deadline.explanation}`);
}
for (const finding of timeline.findings) console.log(`! ${finding.severity}: ${finding.message}`);

// 3. A Scottish landlord with a Christmas shutdown.
const scottish = createCalendar({ division: 'scotland', closureDays: ['2026-12-24', '2026-12-31'] });
console.log(`\nScotland, shut 24 and 31 Dec: acknowledge by ${formatDay(scottish.addWorkingDays('2026-12-18', 5))}`);

// 4. Bad input comes back as data, naming the field.
const bad = safeComplaintTimeline({ reference: 'HC-2026-0143', stage1: { receivedOn: '2026-12-18', acknowledgedOn: '2026-12-17' } }, { today });
if (!bad.success) for (const issue of bad.error.issues) console.log(`\nRejected: ${issue.path}: ${issue.message}`);

// 5. CH01 / CH02 for a financial year.
const report = codePerformance(
  [
    complaint,
    { reference: 'HC-2026-0099', stage1: { receivedOn: '2026-10-05', acknowledgedOn: '2026-10-06', respondedOn: '2026-10-19' } },
    { reference: 'HC-2026-0101', stage1: { receivedOn: '2026-10-07', acknowledgedOn: '2026-10-08', respondedOn: '2026-10-30' } },
  ],
  { period: { from: '2026-04-01', to: '2027-03-31' }, homes: 1500, today },
);
console.log(`\nCH01 stage 1: ${report.ch01.stage1} per 1,000 homes; CH02 stage 1: ${((report.ch02.stage1 ?? 0) * 100).toFixed(0)}% within Code timescales`);
