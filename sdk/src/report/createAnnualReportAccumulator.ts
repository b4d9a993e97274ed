import { englandAndWales } from '../calendar/englandAndWales.js';
import { CalendarRangeError } from '../calendar/errors.js';
import type { IsoDate } from '../dates/isoDate.js';
import { todayInLondon } from '../dates/todayInLondon.js';
import { citeProvision } from '../rules/cite.js';
import { getRuleSet } from '../rules/getRuleSet.js';
import { selectRuleSet } from '../rules/selectRuleSet.js';
import { complaintTimeline } from '../timeline/complaintTimeline.js';
import type { ComplaintRecord, ComplaintRecordInput } from '../timeline/ComplaintRecord.js';
import { normaliseOutcome, refusalGrounds, type RefusalGrounds } from '../timeline/evidence.js';
import { InvalidComplaintError } from '../timeline/InvalidComplaintError.js';
import { parseComplaintRecord } from '../timeline/parseComplaintRecord.js';
import { scheduleComplaint, type ScheduledStep } from '../timeline/schedule.js';
import type { Timeline } from '../timeline/Timeline.js';
import { annualReportLines, annualReportMethod } from './annualReportLines.js';
import type { AnnualReport, AnnualReportOptions, AnnualStageFigures, FindingsByProvision, OutcomeCounts, SelfDeclaredGoodReason } from './AnnualPerformanceReport.js';
import { createCodePerformanceAccumulator } from './createCodePerformanceAccumulator.js';

/**
 * A streaming annual-report accumulator: `add` records one at a time, then read `result()`.
 *
 * @example
 * ```ts
 * const year: AnnualReportAccumulator = createAnnualReportAccumulator({ from: '2026-04-01', to: '2027-03-31', today: '2027-04-10' });
 * year.add(record);
 * year.result().stage1.received;
 * ```
 */
export interface AnnualReportAccumulator {
  /** Counts one complaint; keeps only the counts (and any self-declared good reason, to list it). */
  add(record: ComplaintRecordInput): void;
  /** The report so far (can be called more than once). */
  result(): AnnualReport;
}

const NOT_RECORDED = 'Not recorded';

function emptyStage(): AnnualStageFigures {
  return {
    received: 0, acknowledgedOnTime: 0, acknowledgedLate: 0, acknowledgementNotRecorded: 0, acknowledgementOverdue: 0, responded: 0, respondedOnTime: 0, respondedWithinExtension: 0, respondedLate: 0,
    extensions: { total: 0, withinCap: 0, beyondCapWithGoodReason: 0, beyondCap: 0, notifiedLate: 0, withoutReason: 0 },
    openAtEnd: 0, overdueAtEnd: 0,
  };
}
function emptyOutcomes(): OutcomeCounts {
  return { upheld: 0, 'partly-upheld': 0, 'not-upheld': 0, resolved: 0, withdrawn: 0, other: 0, notRecorded: 0 };
}
const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Creates a streaming accumulator for the annual complaints performance and service improvement report
 * (HO Code 2024 8.1): memory holds counts only, so an export of any size streams through. CH01/CH02 come
 * from {@link createCodePerformanceAccumulator}; complaints not accepted count only under refusals.
 *
 * @param options - Period, homes, today, calendar, the landlord's 8.1 (c)–(f) sections
 * @returns The accumulator
 * @throws {@link InvalidDateError} / `RangeError` for a bad period; {@link InvalidComplaintError} from `add` unless `onInvalid: 'skip'`
 *
 * @example
 * ```ts
 * const year = createAnnualReportAccumulator({ from: '2026-04-01', to: '2027-03-31', homes: 4000, today: '2027-04-10' });
 * for await (const record of readRecords()) year.add(record);
 * year.result().refusals.total;
 * ```
 */
export function createAnnualReportAccumulator(options: AnnualReportOptions): AnnualReportAccumulator {
  const { from, to } = options;
  const calendar = options.calendar ?? englandAndWales;
  const today = options.today ?? todayInLondon();
  const performance = createCodePerformanceAccumulator({
    period: { from, to }, homes: options.homes, today, calendar, ombudsman: options.ombudsman, onInvalid: 'throw',
  });
  const asOf = today < to ? today : to;
  const inPeriod = (date: IsoDate | undefined): date is IsoDate => date !== undefined && date >= from && date <= to;
  const stages = { 1: emptyStage(), 2: emptyStage() };
  const refusals = { total: 0, toAccept: 0, toEscalate: 0, byReason: Object.fromEntries(refusalGrounds.map((g) => [g, 0])) as Record<RefusalGrounds, number>, byCategory: {} as Record<string, number>, notExplained: 0 };
  const outcomes = { stage1: emptyOutcomes(), stage2: emptyOutcomes(), points: emptyOutcomes() };
  const otherWords = new Set<string>();
  const categories: Record<string, number> = {};
  const remedies = { due: 0, completedOnTime: 0, completedLate: 0, overdue: 0, notYetDue: 0, withoutDueDate: 0 };
  const keepInformed = { intervalsAgreed: 0, casesWithMissedUpdates: 0 };
  const findings = new Map<string, FindingsByProvision>();
  let findingsTotal = 0;
  const goodReasons: SelfDeclaredGoodReason[] = [];
  const strict = { 1: 0, 2: 0 };
  let records = 0;
  let skipped = 0;

  function parse(input: ComplaintRecordInput): { record: ComplaintRecord; timeline: Timeline; steps: ScheduledStep[] } | undefined {
    try {
      const parsed = parseComplaintRecord(input);
      if (!parsed.success) throw InvalidComplaintError.fromZod(parsed.error);
      const record = parsed.data;
      const ruleSet = getRuleSet(record.ruleSet ?? selectRuleSet({ receivedOn: record.stage1.receivedOn, ombudsman: options.ombudsman }));
      const steps = scheduleComplaint(record, ruleSet, calendar, {});
      const timeline = complaintTimeline(record, { today: asOf, calendar, ombudsman: options.ombudsman });
      return { record, timeline, steps };
    } catch (error) {
      const invalid = error instanceof InvalidComplaintError ? error : error instanceof CalendarRangeError ? new InvalidComplaintError([{ path: '', message: error.message }], { cause: error }) : undefined;
      if (!invalid) throw error;
      if (options.onInvalid === 'skip') {
        skipped++;
        return undefined;
      }
      throw invalid;
    }
  }

  function countRefusals(record: ComplaintRecord): void {
    const refused = record.refusedToAccept;
    if (refused && inPeriod(refused.decidedOn)) {
      refusals.total++;
      refusals.toAccept++;
      bump(refusals.byReason, refused.grounds ?? 'other');
      bump(refusals.byCategory, record.category ?? NOT_RECORDED);
      if (refused.explainedOn === undefined) refusals.notExplained++;
    }
    const escalation = record.refusedToEscalate;
    if (escalation && inPeriod(escalation.decidedOn)) {
      refusals.total++;
      refusals.toEscalate++;
      bump(refusals.byReason, escalation.grounds ?? 'other');
      if (escalation.explainedOn === undefined) refusals.notExplained++;
    }
  }

  function countStep(record: ComplaintRecord, step: ScheduledStep): void {
    const stage = stages[step.stage];
    const data = step.stage === 1 ? record.stage1 : record.stage2;
    if (step.step === 'acknowledge') {
      if (!inPeriod(step.clockStartsOn)) return;
      if (data?.acknowledgedOn !== undefined) {
        if (data.acknowledgedOn <= step.dueOn) stage.acknowledgedOnTime++;
        else stage.acknowledgedLate++;
      } else if (data?.respondedOn !== undefined) stage.acknowledgementNotRecorded++;
      else if (step.dueOn < asOf) stage.acknowledgementOverdue++;
      return;
    }
    for (const { extension, status } of step.extensions) {
      if (!inPeriod(extension.notifiedOn)) continue;
      const counts = stage.extensions;
      counts.total++;
      if (status === 'applied' || status === 'not-later') counts.withinCap++;
      else if (status === 'beyond-cap-with-good-reason') {
        counts.beyondCapWithGoodReason++;
        goodReasons.push({ reference: record.reference, stage: step.stage, notifiedOn: extension.notifiedOn, newDueOn: extension.newDueOn, ...(extension.reason !== undefined && { reason: extension.reason }) });
      } else if (status === 'beyond-cap') counts.beyondCap++;
      else counts.notifiedLate++;
      if (!extension.reason) counts.withoutReason++;
    }
    if (!inPeriod(step.doneOn) || data === undefined) return;
    const outcome = data.outcome;
    bump(outcomes[step.stage === 1 ? 'stage1' : 'stage2'], outcome === undefined ? 'notRecorded' : normaliseOutcome(outcome));
    if (outcome !== undefined && normaliseOutcome(outcome) === 'other' && otherWords.size < 50) otherWords.add(outcome);
    for (const point of data.points ?? []) bump(outcomes.points, point.outcome === undefined ? 'notRecorded' : normaliseOutcome(point.outcome));
    // Strict CH02: a response with no acknowledgement recorded gets no benefit of the doubt; its clock runs from receipt.
    if (data.acknowledgedOn === undefined && step.clockStartsFrom === 'acknowledgement-deadline') {
      const strictDue = calendar.addWorkingDays(step.stage === 1 ? record.stage1.receivedOn : (record.stage2?.requestedOn ?? step.clockStartsOn), step.workingDays);
      const extended = step.dueOn > step.codeDueOn;
      const inTime = step.doneOn <= step.dueOn;
      const strictInTime = step.doneOn <= strictDue || (extended && step.doneOn <= step.dueOn);
      if (inTime && !strictInTime) strict[step.stage]++;
    }
  }

  function countRemedies(record: ComplaintRecord): void {
    for (const remedy of record.remedies ?? []) {
      if (remedy.dueOn === undefined) {
        if (inPeriod(record.stage1.receivedOn) && remedy.doneOn === undefined) remedies.withoutDueDate++;
        continue;
      }
      if (!inPeriod(remedy.dueOn)) continue;
      remedies.due++;
      if (remedy.doneOn !== undefined && remedy.doneOn <= asOf) {
        if (remedy.doneOn <= remedy.dueOn) remedies.completedOnTime++;
        else remedies.completedLate++;
      } else if (remedy.dueOn < asOf) remedies.overdue++;
      else remedies.notYetDue++;
    }
  }

  function latestDate(record: ComplaintRecord): IsoDate {
    const dates = [record.stage1.receivedOn, record.stage1.acknowledgedOn, record.stage1.respondedOn, record.stage2?.requestedOn, record.stage2?.acknowledgedOn, record.stage2?.respondedOn, record.refusedToAccept?.decidedOn, record.refusedToEscalate?.decidedOn, ...(record.remedies ?? []).flatMap((r) => [r.dueOn, r.doneOn])];
    return dates.reduce<IsoDate>((latest, date) => (date !== undefined && date > latest ? date : latest), record.stage1.receivedOn);
  }

  function countFindings(record: ComplaintRecord, timeline: Timeline): void {
    // Handled in the period: received by its end, and received, acted on, or still open within it.
    if (record.stage1.receivedOn > to || (latestDate(record) < from && timeline.closed)) return;
    let missedUpdate = false;
    const seen = new Set<string>();
    for (const finding of timeline.findings) {
      if (finding.code === 'keep-informed-update-missed') missedUpdate = true;
      const cite = citeProvision(getRuleSet(finding.provision.ruleSet), finding.provision);
      let entry = findings.get(cite);
      if (!entry) {
        entry = { cite, ref: finding.provision.ref, text: finding.provision.text, count: 0, cases: 0, byCode: {} };
        findings.set(cite, entry);
      }
      entry.count++;
      findingsTotal++;
      bump(entry.byCode, finding.code);
      if (!seen.has(cite)) {
        seen.add(cite);
        entry.cases++;
      }
    }
    if (missedUpdate) keepInformed.casesWithMissedUpdates++;
  }

  function add(input: ComplaintRecordInput): void {
    const parsed = parse(input);
    if (!parsed) return;
    const { record, timeline, steps } = parsed;
    records++;
    countRefusals(record);
    countFindings(record, timeline);
    countRemedies(record);
    if (inPeriod(record.keepInformed?.agreedOn) && record.keepInformed?.intervalDays !== undefined) keepInformed.intervalsAgreed++;
    if (record.refusedToAccept) return;
    if (inPeriod(record.stage1.receivedOn)) bump(categories, record.category ?? NOT_RECORDED);
    for (const step of steps) countStep(record, step);
    performance.add(record, timeline);
  }

  function result(): AnnualReport {
    const codePerformance = performance.result();
    for (const n of [1, 2] as const) {
      const from = codePerformance[n === 1 ? 'stage1' : 'stage2'];
      Object.assign(stages[n], { received: from.received, responded: from.responded, respondedOnTime: from.respondedInTime, respondedWithinExtension: from.inTimeThanksToExtension, respondedLate: from.respondedLate, openAtEnd: from.openAtEnd, overdueAtEnd: from.overdueAtEnd });
    }
    const strictShare = (n: 1 | 2) => {
      const stage = stages[n];
      return stage.responded > 0 ? (stage.respondedOnTime - strict[n]) / stage.responded : undefined;
    };
    const s1 = strictShare(1);
    const s2 = strictShare(2);
    const report: Omit<AnnualReport, 'lines' | 'method'> = {
      period: { from, to },
      asOf,
      ...(options.homes !== undefined && { homes: options.homes }),
      stage1: structuredClone(stages[1]),
      stage2: structuredClone(stages[2]),
      refusals: structuredClone(refusals),
      outcomes: { ...structuredClone(outcomes), otherWords: [...otherWords] },
      categories: { ...categories },
      remedies: { ...remedies },
      keepInformed: { ...keepInformed },
      findings: { total: findingsTotal, byProvision: [...findings.values()].map((entry) => ({ ...entry, byCode: { ...entry.byCode } })).sort((a, b) => b.count - a.count || compareRefs(a.ref, b.ref)) },
      goodReasons: goodReasons.map((reason) => ({ ...reason })),
      ch01: codePerformance.ch01,
      ch02: { ...codePerformance.ch02, strict: { ...(s1 !== undefined && { stage1: s1 }), ...(s2 !== undefined && { stage2: s2 }) }, acknowledgementNotRecorded: stages[1].acknowledgementNotRecorded + stages[2].acknowledgementNotRecorded },
      landlordSections: { ...options.landlordSections },
      records,
      skipped,
    };
    return { ...report, lines: annualReportLines(report), method: annualReportMethod(report) };
  }

  return { add, result };
}

function compareRefs(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}
