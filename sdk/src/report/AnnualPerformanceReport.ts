import type { Calendar } from '../calendar/Calendar.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { NormalisedOutcome, RefusalGrounds } from '../timeline/evidence.js';
import type { CodePerformanceReport } from './CodePerformanceReport.js';

/**
 * The parts of the annual report (HO Code 2024 8.1) that case data cannot fill, written by the landlord:
 * (c) the Ombudsman's findings of non-compliance, (d) service improvements made from the learning,
 * (e) the Ombudsman's annual report on the landlord, (f) other relevant Ombudsman reports.
 *
 * @example
 * ```ts
 * const sections: LandlordSections = { d: 'We now phone every resident within 2 days of a damp report.' };
 * ```
 */
export interface LandlordSections {
  c?: string | undefined;
  d?: string | undefined;
  e?: string | undefined;
  f?: string | undefined;
}

/**
 * Options for {@link annualReport} and `createAnnualReportAccumulator`.
 *
 * @example
 * ```ts
 * const options: AnnualReportOptions = { from: '2026-04-01', to: '2027-03-31', homes: 4000, today: '2027-04-10' };
 * ```
 */
export interface AnnualReportOptions {
  /** First day of the period (usually 1 April). */
  from: IsoDate;
  /** Last day of the period, included. */
  to: IsoDate;
  /** Homes owned, for CH01. */
  homes?: number | undefined;
  /** "Now" (default today in London); open complaints and remedies are judged at the earlier of this and `to`. */
  today?: IsoDate | undefined;
  calendar?: Calendar | undefined;
  ombudsman?: 'housing' | 'lgsco' | undefined;
  /** Invalid records: throw (default) or skip and count in `skipped`. */
  onInvalid?: 'throw' | 'skip' | undefined;
  /** The landlord-completed sections 8.1 (c)–(f), printed in place. */
  landlordSections?: LandlordSections | undefined;
}

/**
 * Extensions notified in the period, by how they stand against the Code's cap (6.4/6.15).
 *
 * @example
 * ```ts
 * report.stage1.extensions.beyondCapWithGoodReason; //=> 1
 * ```
 */
export interface ExtensionCounts {
  total: number;
  /** Within the Code's cap (10 working days at stage 1, 20 at stage 2 under the 2024 Code). */
  withinCap: number;
  /** Past the cap with a good reason recorded (self-declared: listed in `goodReasons`). */
  beyondCapWithGoodReason: number;
  /** Past the cap with no good reason recorded. */
  beyondCap: number;
  /** Told to the resident after the deadline had passed. */
  notifiedLate: number;
  /** With no reason recorded. */
  withoutReason: number;
}

/**
 * One stage's figures for the period.
 *
 * @example
 * ```ts
 * `${report.stage1.acknowledgedOnTime} of ${report.stage1.received} acknowledged within 5 working days`;
 * ```
 */
export interface AnnualStageFigures {
  /** Received in the period (stage 2: escalation requested), not counting complaints not accepted. */
  received: number;
  /** …of which acknowledged within the Code's 5 working days, with the date recorded. */
  acknowledgedOnTime: number;
  /** …of which acknowledged late. */
  acknowledgedLate: number;
  /** …of which answered with no acknowledgement date recorded. */
  acknowledgementNotRecorded: number;
  /** …of which not acknowledged (nor answered) and past the 5 working days at the end of the period. */
  acknowledgementOverdue: number;
  /** Responses issued in the period. */
  responded: number;
  /** …within the Code's timescales, extensions the Code allows included. */
  respondedOnTime: number;
  /** …of which in time only thanks to such an extension. */
  respondedWithinExtension: number;
  respondedLate: number;
  extensions: ExtensionCounts;
  openAtEnd: number;
  overdueAtEnd: number;
}

/**
 * Findings on the complaints handled in the period, grouped by the provision they cite.
 *
 * @example
 * ```ts
 * report.findings.byProvision[0]; //=> { cite: 'HO Code 2024 6.3', ref: '6.3', text: '…', count: 4, cases: 3, byCode: { 'late-response': 4 } }
 * ```
 */
export interface FindingsByProvision {
  cite: string;
  ref: string;
  text: string;
  /** Findings citing it. */
  count: number;
  /** Complaints with at least one. */
  cases: number;
  byCode: Record<string, number>;
}

/**
 * An extension past the Code's cap that the landlord itself recorded as having a good reason: listed so
 * a reader can judge the reason.
 *
 * @example
 * ```ts
 * report.goodReasons[0]; //=> { reference: 'C-4', stage: 1, notifiedOn: '2027-01-18', newDueOn: '2027-02-16', reason: 'Specialist survey' }
 * ```
 */
export interface SelfDeclaredGoodReason {
  reference: string;
  stage: 1 | 2;
  notifiedOn: IsoDate;
  newDueOn: IsoDate;
  reason?: string;
}

/**
 * A line of the report: a figure and the provision it answers to, for the HTML and CSV renderers.
 *
 * @example
 * ```ts
 * report.lines[0]; //=> { section: 'Stage 1', label: 'Complaints received', value: '12', cite: 'HO Code 2024 8.1(b); RSH TSM CH01' }
 * ```
 */
export interface AnnualReportLine {
  section: string;
  label: string;
  value: string;
  cite: string;
}

/** Counts by normalised outcome, plus `notRecorded`. @example report.outcomes.stage1.upheld; //=> 3 */
export type OutcomeCounts = Record<NormalisedOutcome | 'notRecorded', number>;

/**
 * The annual complaints performance report (HO Code 2024 8.1) for a period.
 *
 * @example
 * ```ts
 * const report: AnnualReport = annualReport(records, { from: '2026-04-01', to: '2027-03-31', today: '2027-04-10' });
 * report.refusals.byReason['legal-proceedings']; //=> 1
 * ```
 */
export interface AnnualReport {
  period: { from: IsoDate; to: IsoDate };
  /** Open complaints and remedies are judged as at this day. */
  asOf: IsoDate;
  homes?: number;
  stage1: AnnualStageFigures;
  stage2: AnnualStageFigures;
  /** Complaints not accepted and escalations refused, decided in the period (8.1(b), 2.1–2.5, 5.11). */
  refusals: {
    total: number;
    toAccept: number;
    toEscalate: number;
    byReason: Record<RefusalGrounds, number>;
    /** Complaints not accepted, by category (8.1(b): "the types of complaints the landlord has refused to accept"). */
    byCategory: Record<string, number>;
    /** …with no explanation to the resident recorded (2.4, 5.11). */
    notExplained: number;
  };
  /** Outcomes of the responses issued in the period, and of their points (9.7). */
  outcomes: { stage1: OutcomeCounts; stage2: OutcomeCounts; points: OutcomeCounts; otherWords: string[] };
  /** Stage 1 complaints received in the period, by the landlord's category (9.7). */
  categories: Record<string, number>;
  /** Remedies and outstanding actions due in the period (7.3). */
  remedies: { due: number; completedOnTime: number; completedLate: number; overdue: number; notYetDue: number; withoutDueDate: number };
  /** Keeping the resident informed (5.9). */
  keepInformed: { intervalsAgreed: number; casesWithMissedUpdates: number };
  findings: { total: number; byProvision: FindingsByProvision[] };
  goodReasons: SelfDeclaredGoodReason[];
  ch01: CodePerformanceReport['ch01'];
  /** CH02, and its strict reading: a response with no recorded acknowledgement judged from the day received. */
  ch02: CodePerformanceReport['ch02'] & { strict: CodePerformanceReport['ch02']; acknowledgementNotRecorded: number };
  /** 8.1 (c)–(f), as the landlord wrote them (absent = not completed). */
  landlordSections: LandlordSections;
  lines: AnnualReportLine[];
  records: number;
  skipped: number;
  method: string[];
}
