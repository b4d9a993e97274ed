import type { Calendar } from '../calendar/Calendar.js';
import type { IsoDate } from '../dates/isoDate.js';

/**
 * Options for `codePerformance` and `createCodePerformanceAccumulator`.
 *
 * @example
 * ```ts
 * const options: CodePerformanceOptions = { period: { from: '2025-04-01', to: '2026-03-31' }, homes: 12000, extensionsCountAsInTime: true };
 * ```
 */
export interface CodePerformanceOptions {
  /** The reporting period, both days included (usually a financial year, 1 April – 31 March). */
  period: { from: IsoDate; to: IsoDate };
  /** Homes owned (the CH01 denominator). Without it, CH01 is left out. */
  homes?: number | undefined;
  /** "Now", for complaints still open (default: the earlier of today in London and the period's end). */
  today?: IsoDate | undefined;
  /** The working-day calendar (default England and Wales). */
  calendar?: Calendar | undefined;
  /**
   * Whether a response within an extension the Code allows counts as within Code timescales for CH02
   * (default `true`): notified before the deadline, and within the cap or past it with a good reason.
   * With `false`, only responses by the Code deadline before any extension count.
   */
  extensionsCountAsInTime?: boolean | undefined;
  /** Which Ombudsman, for records that name no rule set (default `'housing'`). */
  ombudsman?: 'housing' | 'lgsco' | undefined;
  /** Invalid records: throw an `InvalidComplaintError` (default) or skip and count them in `skipped`. */
  onInvalid?: 'throw' | 'skip' | undefined;
}

/**
 * The figures for one stage.
 *
 * @example
 * ```ts
 * const { stage1 } = codePerformance(records, options);
 * `${stage1.respondedInTime} of ${stage1.responded} on time`;
 * ```
 */
export interface StagePerformance {
  /** Complaints received at this stage in the period (stage 1: received; stage 2: escalation requested). */
  received: number;
  /** Responses issued in the period. */
  responded: number;
  /** …of which within Code timescales (see `extensionsCountAsInTime`). */
  respondedInTime: number;
  /** …of which late. */
  respondedLate: number;
  /** …of which had their deadline moved by an extension the Code allows. */
  extended: number;
  /** …of which in time only because of such an extension (after the Code deadline, by the extended one). */
  inTimeThanksToExtension: number;
  /** Complaints open at the end of the period (or `today`, if earlier). */
  openAtEnd: number;
  /** …of which past their deadline. */
  overdueAtEnd: number;
}

/**
 * One week (Monday to Sunday) of responses, for a chart.
 *
 * @example
 * ```ts
 * codePerformance(records, options).weekly[0];
 * //=> { weekStarting: '2025-03-31', onTime: 3, late: 1, stage1OnTime: 3, stage1Late: 1, stage2OnTime: 0, stage2Late: 0 }
 * ```
 */
export interface WeeklyResponses {
  /** The Monday the week starts on. */
  weekStarting: IsoDate;
  onTime: number;
  late: number;
  stage1OnTime: number;
  stage1Late: number;
  stage2OnTime: number;
  stage2Late: number;
}

/**
 * The RSH Tenant Satisfaction Measures CH01 and CH02 for a period, with the counts behind them.
 *
 * @example
 * ```ts
 * const report: CodePerformanceReport = codePerformance(records, options);
 * report.ch01.stage1; //=> 12.5
 * report.method;      //=> how it was counted, to publish beside the figures
 * ```
 */
export interface CodePerformanceReport {
  period: { from: IsoDate; to: IsoDate };
  homes?: number;
  extensionsCountAsInTime: boolean;
  /** CH01: complaints received per 1,000 homes, per stage (absent without `homes`). */
  ch01: { stage1?: number; stage2?: number };
  /** CH02: the share (0–1) of responses issued in the period that were within Code timescales (absent with no responses). */
  ch02: { stage1?: number; stage2?: number };
  stage1: StagePerformance;
  stage2: StagePerformance;
  /** Responses in the period whose deadline an allowed extension moved (both stages). */
  extensionsUsed: number;
  /** Every week of the period, Monday first. */
  weekly: WeeklyResponses[];
  /** Records counted. */
  records: number;
  /** Records skipped as invalid (`onInvalid: 'skip'`). */
  skipped: number;
  /** How the figures were counted, in words, for publishing beside them. */
  method: string[];
}
