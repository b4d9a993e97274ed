import { englandAndWales } from '../calendar/englandAndWales.js';
import type { Calendar } from '../calendar/Calendar.js';
import type { IsoDate } from '../dates/isoDate.js';
import { todayInLondon } from '../dates/todayInLondon.js';
import { evidenceProvisions } from '../rules/ho2024Evidence.js';
import { ho2024 } from '../rules/ho2024.js';
import { getRuleSet } from '../rules/getRuleSet.js';
import type { Provision } from '../rules/RuleSet.js';
import { selectRuleSet } from '../rules/selectRuleSet.js';
import type { ComplaintRecord, ComplaintRecordInput } from '../timeline/ComplaintRecord.js';
import { missedUpdates } from '../timeline/evidence-findings.js';
import { InvalidComplaintError } from '../timeline/InvalidComplaintError.js';
import { parseComplaintRecord } from '../timeline/parseComplaintRecord.js';
import { scheduleComplaint, type ScheduledStep } from '../timeline/schedule.js';

/**
 * One provision the case data can speak to: how many cases it applied to, how many complied, and which.
 *
 * @example
 * ```ts
 * selfAssessment(records, options).measured[0];
 * //=> { refs: ['6.2'], text: 'Complaints must be acknowledged…', measure: 'Stage 1 complaints acknowledged within 5 working days', applicable: 6, compliant: 4, share: 0.667, compliantCases: ['A-1', …], nonCompliantCases: ['A-2', 'A-4'] }
 * ```
 */
export interface MeasuredProvision {
  /** The provision numbers (HO Code 2024). */
  refs: string[];
  /** The Code's words (of the first ref). */
  text: string;
  /** What was counted, in words. */
  measure: string;
  /** Cases it applied to in the period. */
  applicable: number;
  compliant: number;
  /** `compliant / applicable`; absent when nothing applied. */
  share?: number;
  /** The complaint references behind the figure (at most 500 each, then `moreCases`). */
  compliantCases: string[];
  nonCompliantCases: string[];
  /** References left off the two lists. */
  moreCases: number;
}

/**
 * The self-assessment evidence table: measured provisions, and those case data cannot show.
 *
 * @example
 * ```ts
 * const table: SelfAssessmentEvidence = selfAssessment(records, { from: '2026-04-01', to: '2027-03-31', today: '2027-04-10' });
 * table.notMeasurable.includes('3.1'); //=> true
 * ```
 */
export interface SelfAssessmentEvidence {
  period: { from: IsoDate; to: IsoDate };
  measured: MeasuredProvision[];
  /** Every other provision of the self-assessment: "not measurable from case data", for the landlord to complete. */
  notMeasurable: string[];
  records: number;
  skipped: number;
}

/** The provisions of the HO Code 2024 self-assessment form (as the seeds' self-assessments list them). */
const SELF_ASSESSMENT_REFS = [
  '1.2', '1.3', '1.4', '1.5', '1.6', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '4.1', '4.2', '4.3',
  '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10', '5.11', '5.12', '5.13', '5.14', '5.15',
  '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10', '6.11', '6.12', '6.13', '6.14', '6.15', '6.16', '6.17', '6.18', '6.19', '6.20',
  '7.1', '7.2', '7.3', '7.4', '8.1', '8.2', '8.3', '8.4', '8.5', '9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8',
];

const MAX_CASES = 500;
type Key = 'ack1' | 'respond1' | 'extend1' | 'ack2' | 'respond2' | 'extend2' | 'handler' | 'informed' | 'refusal' | 'discretion' | 'escalation' | 'points' | 'remedies';
const ROWS: Record<Key, { refs: string[]; provision: Provision; measure: string }> = {
  ack1: { refs: ['6.2'], provision: ho2024.provisions['stage1-acknowledgement'], measure: 'Stage 1 complaints received in the period acknowledged within 5 working days (date recorded)' },
  respond1: { refs: ['6.3'], provision: ho2024.provisions['stage1-response'], measure: "Stage 1 responses issued in the period within the Code's timescales (allowed extensions included)" },
  extend1: { refs: ['6.4'], provision: ho2024.provisions['stage1-extension'], measure: 'Stage 1 extensions notified in the period: before the deadline, with a reason, and within the cap or with a good reason' },
  ack2: { refs: ['6.11'], provision: ho2024.provisions['stage2-acknowledgement'], measure: 'Stage 2 requests received in the period acknowledged within 5 working days (date recorded)' },
  respond2: { refs: ['6.14'], provision: ho2024.provisions['stage2-response'], measure: "Stage 2 responses issued in the period within the Code's timescales (allowed extensions included)" },
  extend2: { refs: ['6.15'], provision: ho2024.provisions['stage2-extension'], measure: 'Stage 2 extensions notified in the period: before the deadline, with a reason, and within the cap or with a good reason' },
  handler: { refs: ['6.13'], provision: ho2024.provisions['different-handler'], measure: 'Stage 2 responses in the period by someone other than the stage 1 handler (both recorded)' },
  informed: { refs: ['5.9'], provision: evidenceProvisions['keep-informed'], measure: "Complaints whose response fell or will fall outside the Code's timescales with an interval agreed and every update sent" },
  refusal: { refs: ['2.1', '2.4'], provision: evidenceProvisions['refusal-explanation'], measure: 'Complaints not accepted in the period with a reason, an explanation sent and the right to go to the Ombudsman given' },
  discretion: { refs: ['2.3'], provision: evidenceProvisions['acceptance-window'], measure: 'Complaints refused as over 12 months old with discretion recorded as considered' },
  escalation: { refs: ['5.11'], provision: evidenceProvisions['refuse-to-escalate'], measure: 'Escalations refused in the period with the reasons set out to the resident' },
  points: { refs: ['6.7', '6.18'], provision: evidenceProvisions['stage1-all-points'], measure: 'Responses in the period that recorded points of the complaint definition with an outcome for every point' },
  remedies: { refs: ['6.6', '6.17', '7.3'], provision: evidenceProvisions['remedy-follow-through'], measure: 'Remedies and outstanding actions due in the period done by the date promised' },
};

/**
 * The self-assessment evidence table for a period: for each HO Code 2024 provision case data can speak
 * to, the measured compliance and the cases behind it; every other provision of the self-assessment
 * listed as not measurable from case data, for the landlord to complete.
 *
 * @param records - Complaint records
 * @param options - Period, today, calendar; invalid records throw unless `onInvalid: 'skip'`
 * @returns The table
 * @example
 * ```ts
 * const table = selfAssessment(records, { from: '2026-04-01', to: '2027-03-31', today: '2027-04-10' });
 * table.measured.find((row) => row.refs.includes('6.2'))?.share; //=> 0.67
 * ```
 */
export function selfAssessment(
  records: Iterable<ComplaintRecordInput>,
  options: { from: IsoDate; to: IsoDate; today?: IsoDate; calendar?: Calendar; onInvalid?: 'throw' | 'skip' },
): SelfAssessmentEvidence {
  const { from, to } = options;
  if (to < from) throw new RangeError(`The period ends (${to}) before it starts (${from})`);
  const calendar = options.calendar ?? englandAndWales;
  const today = options.today ?? todayInLondon();
  const asOf = today < to ? today : to;
  const inPeriod = (date: IsoDate | undefined): date is IsoDate => date !== undefined && date >= from && date <= to;
  const rows = Object.fromEntries(Object.keys(ROWS).map((key) => [key, { applicable: 0, compliant: 0, yes: [] as string[], no: [] as string[], more: 0 }])) as Record<Key, { applicable: number; compliant: number; yes: string[]; no: string[]; more: number }>;
  const count = (key: Key, reference: string, ok: boolean) => {
    const row = rows[key];
    row.applicable++;
    if (ok) row.compliant++;
    const list = ok ? row.yes : row.no;
    if (list.length < MAX_CASES) list.push(reference);
    else row.more++;
  };
  let read = 0;
  let skipped = 0;

  for (const input of records) {
    const parsed = parseComplaintRecord(input);
    if (!parsed.success) {
      if (options.onInvalid === 'skip') {
        skipped++;
        continue;
      }
      throw InvalidComplaintError.fromZod(parsed.error);
    }
    read++;
    const record = parsed.data;
    const ref = record.reference;
    assessRefusals(record, inPeriod, count);
    if (record.refusedToAccept) continue;
    const steps = scheduleComplaint(record, getRuleSet(record.ruleSet ?? selectRuleSet({ receivedOn: record.stage1.receivedOn })), calendar, {});
    let outside = false;
    for (const step of steps) {
      const data = step.stage === 1 ? record.stage1 : record.stage2;
      if (step.step === 'acknowledge') {
        if (inPeriod(step.clockStartsOn) && (data?.acknowledgedOn !== undefined || step.dueOn < asOf || data?.respondedOn !== undefined)) {
          count(step.stage === 1 ? 'ack1' : 'ack2', ref, data?.acknowledgedOn !== undefined && data.acknowledgedOn <= step.dueOn);
        }
        continue;
      }
      if (inPeriod(step.doneOn)) count(step.stage === 1 ? 'respond1' : 'respond2', ref, step.doneOn <= step.dueOn);
      for (const outcome of step.extensions) {
        if (!inPeriod(outcome.extension.notifiedOn)) continue;
        const ok = (outcome.status === 'applied' || outcome.status === 'beyond-cap-with-good-reason') && Boolean(outcome.extension.reason);
        count(step.stage === 1 ? 'extend1' : 'extend2', ref, ok);
      }
      if (isOutside(step, asOf)) outside = true;
      if (step.stage === 2 && inPeriod(step.doneOn) && record.stage1.handlerId && record.stage2?.handlerId) {
        count('handler', ref, record.stage1.handlerId.toLowerCase() !== record.stage2.handlerId.toLowerCase());
      }
      if (inPeriod(step.doneOn) && data?.points !== undefined && data.points.length > 0) count('points', ref, data.points.every((point) => point.outcome !== undefined));
    }
    if (outside && record.stage1.receivedOn <= to) count('informed', ref, keptInformed(record, asOf));
    for (const remedy of record.remedies ?? []) {
      if (!inPeriod(remedy.dueOn) || (remedy.doneOn === undefined && remedy.dueOn >= asOf)) continue;
      count('remedies', ref, remedy.doneOn !== undefined && remedy.doneOn <= remedy.dueOn);
    }
  }

  const measured: MeasuredProvision[] = (Object.keys(ROWS) as Key[]).map((key) => {
    const row = rows[key];
    return {
      refs: ROWS[key].refs,
      text: ROWS[key].provision.text,
      measure: ROWS[key].measure,
      applicable: row.applicable,
      compliant: row.compliant,
      ...(row.applicable > 0 && { share: row.compliant / row.applicable }),
      compliantCases: row.yes,
      nonCompliantCases: row.no,
      moreCases: row.more,
    };
  });
  const measuredRefs = new Set(measured.flatMap((row) => row.refs));
  return { period: { from, to }, measured, notMeasurable: SELF_ASSESSMENT_REFS.filter((ref) => !measuredRefs.has(ref)), records: read, skipped };
}

function assessRefusals(record: ComplaintRecord, inPeriod: (date: IsoDate | undefined) => boolean, count: (key: Key, reference: string, ok: boolean) => void): void {
  const refused = record.refusedToAccept;
  if (refused && inPeriod(refused.decidedOn)) {
    count('refusal', record.reference, refused.explainedOn !== undefined && refused.ombudsmanRightGiven === true);
    if (refused.grounds === 'over-12-months') count('discretion', record.reference, refused.discretionConsidered === true);
  }
  const escalation = record.refusedToEscalate;
  if (escalation && inPeriod(escalation.decidedOn)) count('escalation', record.reference, escalation.explainedOn !== undefined);
}

/** Whether a response fell, or is set to fall, outside the Code's timescales (5.9 applies). */
function isOutside(step: ScheduledStep, asOf: IsoDate): boolean {
  const beyondCap = step.extensions.some(({ status }) => status === 'beyond-cap' || status === 'beyond-cap-with-good-reason');
  if (step.doneOn === undefined || step.doneOn > asOf) return beyondCap || step.dueOn < asOf;
  return step.doneOn > step.dueOn || (beyondCap && step.doneOn > step.codeDueOn);
}

/** An interval agreed and no update missed up to the response (or `asOf`). */
function keptInformed(record: ComplaintRecord, asOf: IsoDate): boolean {
  const missed = missedUpdates(record, asOf);
  return missed !== undefined && missed.count === 0;
}
