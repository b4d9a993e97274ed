import { englandAndWales } from '../calendar/englandAndWales.js';
import { CalendarRangeError } from '../calendar/errors.js';
import { formatDayNumber, parseDayNumber, weekdayOf } from '../dates/dayNumber.js';
import { InvalidDateError } from '../dates/InvalidDateError.js';
import type { IsoDate } from '../dates/isoDate.js';
import { todayInLondon } from '../dates/todayInLondon.js';
import { getRuleSet } from '../rules/getRuleSet.js';
import { selectRuleSet } from '../rules/selectRuleSet.js';
import type { ComplaintRecordInput } from '../timeline/ComplaintRecord.js';
import { parseComplaintRecord } from '../timeline/parseComplaintRecord.js';
import { InvalidComplaintError } from '../timeline/InvalidComplaintError.js';
import { scheduleComplaint, type ScheduledStep } from '../timeline/schedule.js';
import type { Timeline } from '../timeline/Timeline.js';

/** What CH02 needs of a response step: a scheduled step or a timeline's deadline both have it. */
type ResponseStep = Pick<ScheduledStep, 'stage' | 'clockStartsOn' | 'codeDueOn' | 'dueOn' | 'doneOn'>;
import type { CodePerformanceOptions, CodePerformanceReport, StagePerformance } from './CodePerformanceReport.js';

/**
 * A streaming CH01/CH02 accumulator: `add` records one at a time, then read `result()`.
 *
 * @example
 * ```ts
 * const totals: CodePerformanceAccumulator = createCodePerformanceAccumulator(options);
 * totals.add(record);
 * totals.result().ch02;
 * ```
 */
export interface CodePerformanceAccumulator {
  /**
   * Counts one complaint. Keeps no reference to it.
   *
   * Pass the complaint's `timeline` when you have already worked it out, to skip validating and
   * scheduling the record again. It must come from {@link complaintTimeline} on this same record,
   * with this accumulator's calendar (and rule-set choice) and no `policy.extensionCap`: CH02 is
   * judged against the Code's own deadlines.
   */
  add(record: ComplaintRecordInput, timeline?: Timeline): void;
  /** The report so far (can be called more than once). */
  result(): CodePerformanceReport;
  /**
   * The counts so far as plain data (JSON- and `structuredClone`-safe), for {@link CodePerformanceAccumulator.merge}
   * in another accumulator: a file split across workers, or a vendor's own map/reduce.
   */
  partial(): CodePerformancePartial;
  /**
   * Adds the counts of another accumulator made with the same period, `today` and extension rule.
   * Exact: counting records A then B equals counting A, counting B elsewhere, and merging.
   * @throws `RangeError` when the partial was made with other options
   */
  merge(partial: CodePerformancePartial): void;
}

/**
 * The counts of a {@link CodePerformanceAccumulator}, as plain data: merge them with `merge`.
 *
 * @example
 * ```ts
 * const whole = createCodePerformanceAccumulator(options);
 * for (const part of await Promise.all(workers)) whole.merge(part); // each part from `partial()`
 * ```
 */
export interface CodePerformancePartial {
  /** Which accumulators may merge it: period, as-of date, extension rule. */
  key: string;
  stage1: StagePerformance;
  stage2: StagePerformance;
  /** Weekly counters, 4 a week (stage 1 on time, late; stage 2 on time, late). */
  weekly: number[];
  records: number;
  skipped: number;
}

// Weekly counters, in this order, per week.
const STAGE1_ON_TIME = 0;
const STAGE1_LATE = 1;
const STAGE2_ON_TIME = 2;
const STAGE2_LATE = 3;

function emptyStage(): StagePerformance {
  return { received: 0, responded: 0, respondedInTime: 0, respondedLate: 0, extended: 0, inTimeThanksToExtension: 0, openAtEnd: 0, overdueAtEnd: 0 };
}

function day(date: IsoDate, what: string): number {
  const n = parseDayNumber(date);
  if (Number.isNaN(n)) throw new InvalidDateError(`${what}: ${date}`);
  return n;
}

/**
 * Creates a streaming accumulator for the RSH Tenant Satisfaction Measures CH01 (complaints per 1,000
 * homes) and CH02 (share answered within Code timescales), per stage. Memory stays flat: each record is
 * validated, scheduled, counted and dropped, so a million-row file streams through.
 *
 * Counting: a complaint counts for CH01 in the period it was received (stage 2: escalation requested);
 * a response counts for CH02 in the period it was issued, judged against the Code deadline of the rule
 * set that applies to it — including any extension the Code allows unless `extensionsCountAsInTime` is false.
 *
 * @param options - Period, homes, calendar, how extensions count
 * @returns The accumulator
 * @throws {@link InvalidDateError} when the period is not two real dates in order
 *
 * @example
 * ```ts
 * const totals = createCodePerformanceAccumulator({ period: { from: '2025-04-01', to: '2026-03-31' }, homes: 12000 });
 * for await (const record of readRecords()) totals.add(record);
 * const { ch01, ch02 } = totals.result();
 * ch02.stage1; //=> 0.94 (94% of stage 1 responses within Code timescales)
 * ```
 */
export function createCodePerformanceAccumulator(options: CodePerformanceOptions): CodePerformanceAccumulator {
  const from = options.period.from;
  const to = options.period.to;
  const fromDay = day(from, 'period.from');
  const toDay = day(to, 'period.to');
  if (toDay < fromDay) throw new RangeError(`The period ends (${to}) before it starts (${from})`);
  if (options.homes !== undefined && !(options.homes > 0)) throw new RangeError(`homes must be a positive number, got ${options.homes}`);
  const calendar = options.calendar ?? englandAndWales;
  const requestedToday = options.today ?? todayInLondon();
  day(requestedToday, 'today');
  // Open complaints are judged at the period's end, or today if the period has not ended yet.
  const asOf = requestedToday < to ? requestedToday : to;
  const extensionsCountAsInTime = options.extensionsCountAsInTime ?? true;
  const onInvalid = options.onInvalid ?? 'throw';
  const firstMonday = fromDay - weekdayOf(fromDay);
  const weeks = Math.floor((toDay - firstMonday) / 7) + 1;
  const weekly = new Int32Array(weeks * 4);
  const stages = { 1: emptyStage(), 2: emptyStage() };
  let records = 0;
  let skipped = 0;

  function countResponse(step: ResponseStep): void {
    const stage = stages[step.stage];
    const doneOn = step.doneOn;
    if (doneOn === undefined || doneOn > asOf) {
      if (step.clockStartsOn <= asOf) {
        stage.openAtEnd++;
        if (step.dueOn < asOf) stage.overdueAtEnd++;
      }
      if (doneOn === undefined) return;
    }
    if (doneOn < from || doneOn > to) return;
    const extended = step.dueOn > step.codeDueOn;
    const inTime = doneOn <= (extensionsCountAsInTime ? step.dueOn : step.codeDueOn);
    stage.responded++;
    if (extended) stage.extended++;
    if (inTime) {
      stage.respondedInTime++;
      if (doneOn > step.codeDueOn) stage.inTimeThanksToExtension++;
    } else stage.respondedLate++;
    const week = Math.floor((parseDayNumber(doneOn) - firstMonday) / 7);
    const slot = step.stage === 1 ? (inTime ? STAGE1_ON_TIME : STAGE1_LATE) : inTime ? STAGE2_ON_TIME : STAGE2_LATE;
    weekly[week * 4 + slot] = (weekly[week * 4 + slot] ?? 0) + 1;
  }

  function addTimeline(timeline: Timeline): void {
    records++;
    for (const deadline of timeline.deadlines) {
      // Each stage's clock starts on its received/requested date at the acknowledgement step.
      if (deadline.step === 'acknowledge') {
        if (deadline.clockStartsOn >= from && deadline.clockStartsOn <= to) stages[deadline.stage].received++;
      } else countResponse(deadline);
    }
  }

  function add(input: ComplaintRecordInput, timeline?: Timeline): void {
    if (timeline !== undefined) {
      addTimeline(timeline);
      return;
    }
    const parsed = parseComplaintRecord(input);
    let steps: ScheduledStep[];
    try {
      if (!parsed.success) throw InvalidComplaintError.fromZod(parsed.error);
      const record = parsed.data;
      const ruleSet = getRuleSet(record.ruleSet ?? selectRuleSet({ receivedOn: record.stage1.receivedOn, ombudsman: options.ombudsman }));
      // CH02 is measured against the Code, so the landlord's own caps and targets play no part.
      steps = scheduleComplaint(record, ruleSet, calendar, {});
    } catch (error) {
      const invalid =
        error instanceof InvalidComplaintError
          ? error
          : error instanceof CalendarRangeError
            ? new InvalidComplaintError([{ path: '', message: error.message }], { cause: error })
            : undefined;
      if (!invalid) throw error;
      if (onInvalid === 'skip') {
        skipped++;
        return;
      }
      throw invalid;
    }
    records++;
    const record = parsed.data;
    if (record.stage1.receivedOn >= from && record.stage1.receivedOn <= to) stages[1].received++;
    if (record.stage2 && record.stage2.requestedOn >= from && record.stage2.requestedOn <= to) stages[2].received++;
    for (const step of steps) if (step.step === 'respond') countResponse(step);
  }

  function result(): CodePerformanceReport {
    const perThousand = (n: number) => (options.homes ? Math.round((n / options.homes) * 1000 * 100) / 100 : undefined);
    const share = (stage: StagePerformance) => (stage.responded > 0 ? stage.respondedInTime / stage.responded : undefined);
    const ch01 = { stage1: perThousand(stages[1].received), stage2: perThousand(stages[2].received) };
    const ch02 = { stage1: share(stages[1]), stage2: share(stages[2]) };
    return {
      period: { from, to },
      ...(options.homes !== undefined && { homes: options.homes }),
      extensionsCountAsInTime,
      ch01: definedOnly(ch01),
      ch02: definedOnly(ch02),
      stage1: { ...stages[1] },
      stage2: { ...stages[2] },
      extensionsUsed: stages[1].extended + stages[2].extended,
      weekly: Array.from({ length: weeks }, (_, week) => {
        const [s1On, s1Late, s2On, s2Late] = [0, 1, 2, 3].map((slot) => weekly[week * 4 + slot] ?? 0) as [number, number, number, number];
        return {
          weekStarting: formatDayNumber(firstMonday + week * 7),
          onTime: s1On + s2On,
          late: s1Late + s2Late,
          stage1OnTime: s1On,
          stage1Late: s1Late,
          stage2OnTime: s2On,
          stage2Late: s2Late,
        };
      }),
      records,
      skipped,
      method: [
        `CH01: stage 1 complaints received (stage 2: escalation requests) from ${from} to ${to}${options.homes ? `, per 1,000 of ${options.homes} homes` : '; give the number of homes to compute it'}.`,
        `CH02: responses issued from ${from} to ${to}, judged against the Code deadline of the rule set for each complaint (HO Code 2024 from 1 April 2024, 2022 Code before).`,
        extensionsCountAsInTime
          ? 'A response within an extension the Code allows counts as within Code timescales: the extension was notified before the deadline and is within the cap (stage 1: 10 working days; stage 2: 20 under the 2024 Code), or beyond it with a good reason recorded.'
          : 'Extensions are not counted: a response counts as within Code timescales only by the Code deadline before any extension.',
        `Open complaints are judged as at ${asOf}.`,
      ],
    };
  }

  const key = JSON.stringify([from, to, asOf, extensionsCountAsInTime, options.ombudsman ?? 'housing', calendar.division]);

  function partial(): CodePerformancePartial {
    return { key, stage1: { ...stages[1] }, stage2: { ...stages[2] }, weekly: Array.from(weekly), records, skipped };
  }

  function merge(other: CodePerformancePartial): void {
    if (other.key !== key) throw new RangeError(`Cannot merge counts made with other options (${other.key}) into these (${key})`);
    for (const n of [1, 2] as const) {
      const mine = stages[n];
      const theirs = n === 1 ? other.stage1 : other.stage2;
      for (const field of Object.keys(mine) as (keyof StagePerformance)[]) mine[field] += theirs[field];
    }
    for (let i = 0; i < weekly.length; i++) weekly[i] = (weekly[i] ?? 0) + (other.weekly[i] ?? 0);
    records += other.records;
    skipped += other.skipped;
  }

  return { add, result, partial, merge };
}

function definedOnly(value: { stage1: number | undefined; stage2: number | undefined }): { stage1?: number; stage2?: number } {
  return {
    ...(value.stage1 !== undefined && { stage1: value.stage1 }),
    ...(value.stage2 !== undefined && { stage2: value.stage2 }),
  };
}
