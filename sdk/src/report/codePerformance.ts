import type { ComplaintRecordInput } from '../timeline/ComplaintRecord.js';
import type { CodePerformanceOptions, CodePerformanceReport } from './CodePerformanceReport.js';
import { createCodePerformanceAccumulator } from './createCodePerformanceAccumulator.js';

/**
 * CH01 (complaints per 1,000 homes) and CH02 (share answered within Code timescales), per stage, for a
 * period, from a list of complaint records. See {@link createCodePerformanceAccumulator} for how each
 * figure is counted; `report.method` says it in words for publishing.
 *
 * @param records - Complaint records (any iterable)
 * @param options - Period, homes, calendar, how extensions count
 * @returns The report
 * @throws {@link InvalidComplaintError} for an invalid record, unless `onInvalid: 'skip'`
 *
 * @example
 * ```ts
 * const report = codePerformance(records, { period: { from: '2025-04-01', to: '2026-03-31' }, homes: 4000 });
 * report.ch01.stage1;  //=> 12.5 (50 stage 1 complaints, 4,000 homes)
 * report.ch02.stage1;  //=> 0.9
 * ```
 */
export function codePerformance(records: Iterable<ComplaintRecordInput>, options: CodePerformanceOptions): CodePerformanceReport {
  const accumulator = createCodePerformanceAccumulator(options);
  for (const record of records) accumulator.add(record);
  return accumulator.result();
}
