import type { ComplaintRecordInput } from '../timeline/ComplaintRecord.js';
import type { AnnualReport, AnnualReportOptions } from './AnnualPerformanceReport.js';
import { createAnnualReportAccumulator } from './createAnnualReportAccumulator.js';

/**
 * The annual complaints performance and service improvement report (HO Code 2024 8.1(b), with the
 * landlord's own (c)–(f) sections printed in place) for a period, from complaint records. Each line of
 * `report.lines` cites the provision it answers to; `report.method` says how it was counted.
 *
 * @param records - Complaint records (any iterable)
 * @param options - `from`, `to`, `homes`, `today`, calendar, the landlord's sections
 * @returns The report
 * @throws {@link InvalidComplaintError} for an invalid record, unless `onInvalid: 'skip'`
 *
 * @example
 * ```ts
 * const report = annualReport(records, { from: '2026-04-01', to: '2027-03-31', homes: 4000, today: '2027-04-10' });
 * report.stage1.acknowledgedOnTime; //=> 41
 * report.refusals.byReason;         //=> { 'over-12-months': 2, 'legal-proceedings': 1, … }
 * ```
 */
export function annualReport(records: Iterable<ComplaintRecordInput>, options: AnnualReportOptions): AnnualReport {
  const accumulator = createAnnualReportAccumulator(options);
  for (const record of records) accumulator.add(record);
  return accumulator.result();
}
