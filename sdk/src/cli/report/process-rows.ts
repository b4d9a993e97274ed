import { safeComplaintTimeline, type Calendar, type CodePerformanceAccumulator } from '../../index.js';
import { withoutLazyTexts } from '../../timeline/lazy.js';
import { plainIssueMessage } from '../io.js';
import { csvFieldName } from './csv-rows.js';
import { caseJsonLine } from './case-json-line.js';
import { caseTextLine, problemJson, problemLine } from './format-case.js';
import type { InputRow, RowProblem } from './input-row.js';
import type { ReferenceIndex } from './reference-index.js';

const PART = 16 * 1024;

/** What every batch of rows is judged with. */
export interface RowSettings {
  today: string;
  calendar: Calendar;
  json: boolean;
  format: 'csv' | 'ndjson';
  /** Counts every row without problems for CH01/CH02, reusing the timeline worked out for its line. */
  accumulator?: CodePerformanceAccumulator;
  /**
   * Reference → the row or line that was counted for it, across batches. A later row with the same
   * reference is a problem of that row (named on standard error), so each complaint counts once.
   */
  firstSeen?: ReferenceIndex;
  /**
   * Takes standard-output text part-way through a batch (about every 16 KB). Without it the whole
   * batch's text comes back in `out`; with it, lines do not wait for the batch to end, so fewer of them
   * outlive a young-generation collection (a batch of `--json` lines is ~300 KB).
   */
  write?: (text: string) => void;
}

/** The output of one batch: text for standard output and standard error, and counts. */
export interface ProcessedBatch {
  out: string;
  err: string;
  cases: number;
  bad: number;
}

/**
 * Runs each row through the timeline engine and formats its line: a case line, or (for a bad row)
 * a placeholder line plus the messages for standard error naming the row and field.
 *
 * @example
 * processRows(reader.push(chunk), { today: '2026-11-24', calendar: englandAndWales, json: true, format: 'csv' });
 * // → { out: '{"row":2,"reference":"HA-1",…}\n', err: '', cases: 1, bad: 0 }
 */
export function processRows(rows: readonly InputRow[], settings: RowSettings): ProcessedBatch {
  // The lines and the counts read no explanation or finding message: build none (timelines stay in here).
  return withoutLazyTexts(() => processBatch(rows, settings));
}

function processBatch(rows: readonly InputRow[], settings: RowSettings): ProcessedBatch {
  const fieldName = settings.format === 'csv' ? csvFieldName : (path: string) => path;
  const missing = settings.format === 'csv' ? 'required, but empty' : 'required, but missing';
  const options = { today: settings.today, calendar: settings.calendar };
  let out = '';
  let err = '';
  let cases = 0;
  let bad = 0;
  for (const row of rows) {
    let problems: RowProblem[] = row.problems;
    if (settings.firstSeen !== undefined && row.reference !== undefined) {
      const earlier = settings.firstSeen.get(row.reference);
      if (earlier !== undefined) problems = [...problems, { field: 'reference', message: `${row.reference} is also in ${row.unit} ${earlier}; counted once` }];
    }
    if (row.record !== undefined) {
      const result = safeComplaintTimeline(row.record, options);
      // A record the timeline rejects goes to the accumulator alone, which counts it as skipped.
      if (problems.length === 0) {
        settings.accumulator?.add(row.record, result.success ? result.timeline : undefined);
        // Only a counted row claims its reference, so a bad first copy does not hide a good second one.
        // (The index copies the characters: a slice of a 32 KB input chunk would keep the chunk alive.)
        if (result.success && row.reference !== undefined) settings.firstSeen?.set(row.reference, row.number);
      }
      if (result.success && problems.length === 0) {
        cases++;
        out += settings.json ? caseJsonLine(row, result.timeline) : caseTextLine(row, result.timeline);
        if (out.length >= PART && settings.write !== undefined) {
          settings.write(out);
          out = '';
        }
        continue;
      }
      if (!result.success) {
        // A field the reader already explained (e.g. a date it could not read) is not named twice.
        const named = new Set(problems.map((problem) => problem.field));
        const issues = result.error.issues.map((issue) => ({ field: fieldName(issue.path), message: plainIssueMessage(issue.message, missing) }));
        problems = [...problems, ...issues.filter((issue) => !named.has(issue.field))];
      }
    }
    bad++;
    err += problemLine(row, row.reference, problems);
    out += settings.json ? `${JSON.stringify(problemJson(row, row.reference, problems))}\n` : caseTextLine(row, undefined, row.reference);
  }
  return { out, err, cases, bad };
}
