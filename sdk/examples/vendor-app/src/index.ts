/**
 * A CRM vendor's first use of the SDK, as installed from npm: working days, one complaint's deadlines,
 * a draft check, and a bad record handled. `today` is fixed so the output is the same every run.
 */
import {
  ComplaintCodeInputError,
  checkDraft,
  citeProvision,
  complaintTimeline,
  englandAndWales,
  formatDay,
  getRuleSet,
  type ComplaintRecordInput,
} from '@complaint-code/sdk';
import { CorpusLabel } from '@complaint-code/sdk/testing';

const today = '2027-01-04';

// Working days: "within 5 working days of Fri 18 Dec 2026", over Christmas.
console.log(`Acknowledge by ${formatDay(englandAndWales.addWorkingDays('2026-12-18', 5))}`);

// One complaint as a CRM holds it.
const complaint: ComplaintRecordInput = { reference: 'HC-0142', stage1: { receivedOn: '2026-12-18', acknowledgedOn: '2026-12-30' } };
const timeline = complaintTimeline(complaint, { today });
for (const deadline of timeline.deadlines) {
  console.log(`${deadline.title}: due ${deadline.dueOn} [${deadline.state}] (${citeProvision(getRuleSet(timeline.ruleSet), deadline.provision)})`);
}

// A draft reply checked against the Code.
const result = checkDraft({ text: 'Dear Ms Patel, thank you for your complaint. We will reply by 13 January 2027.', kind: 'acknowledgement' });
console.log(`Draft: ${result.elements.filter((element) => !element.present).length} required items missing`);

// Bad input: one error family, each issue naming its field.
try {
  complaintTimeline({ reference: 'HC-0143', stage1: { receivedOn: '2026-02-30' } }, { today });
} catch (error) {
  if (!(error instanceof ComplaintCodeInputError)) throw error;
  for (const issue of error.issues) console.log(`Rejected ${issue.path}: ${issue.message}`);
}

// The testing entry point is a separate import.
console.log(`Corpus label schema: ${typeof CorpusLabel.parse}`);
