import { createCodePerformanceAccumulator, type IsoDate } from '../../index.js';
import { parseCommandArgs } from '../args.js';
import { createBufferedOutput } from '../buffered-output.js';
import { COMMON_OPTIONS_HELP, calendarOption, dateOption, ruleSetOption, todayOption } from '../common-options.js';
import { UsageError, type CliCommand } from '../io.js';
import { EVIDENCE_COLUMNS_HELP } from '../report/csv-evidence-columns.js';
import { CSV_COLUMNS, createCsvRowReader } from '../report/csv-rows.js';
import { CASE_TEXT_HEADER } from '../report/format-case.js';
import { formatSummaryText } from '../report/format-summary.js';
import type { InputRow, RowReader } from '../report/input-row.js';
import { createNdjsonRowReader } from '../report/ndjson-rows.js';
import { processRows, type RowSettings } from '../report/process-rows.js';
import { openInput } from '../report/read-input.js';
import { createReferenceIndex } from '../report/reference-index.js';


export const REPORT_HELP = `Usage: complaint-code report FILE|- [options]

Each complaint's deadlines and state, then the CH01/CH02 summary, from a CSV or NDJSON export.
The file is streamed (any size). FILE "-" reads standard input.

Input: CSV with a header row (detected by .csv, or by default), or NDJSON (.ndjson/.jsonl, or
a first line starting with "{"), one complaint record object a line. CSV columns (any order,
any case, or as the extension's export names them, e.g. "Stage 1 received"; unknown columns are
ignored; empty cell = not recorded; dates 2026-11-02, 02/11/2026 or 2 Nov 2026, day first):
  reference (required), rule_set, issue_occurred_on, resident_aware_on,
  stage1_received_on (required), stage1_acknowledged_on, stage1_responded_on, stage1_handler,
  stage1_extended_to, stage1_extension_notified_on, stage1_extension_reason,
  stage1_extension_good_reason (yes/no),
  stage2_requested_on, stage2_acknowledged_on, stage2_responded_on, stage2_handler,
  stage2_extended_to, stage2_extension_notified_on, stage2_extension_reason,
  stage2_extension_good_reason
${EVIDENCE_COLUMNS_HELP}
Rows are numbered as in a spreadsheet (the header is row 1); NDJSON by line.

Options:
  --json                   NDJSON: one object per case, then {"summary": {...}}
  --homes N                Homes owned, for CH01 (complaints per 1,000 homes)
  --from D --to D          The reporting period (default: the financial year containing today)
  --format csv|ndjson      Override the detected input format
${COMMON_OPTIONS_HELP.replace('(default: chosen', '(for rows without one; default: chosen')}
  --help                   This help

A bad row (a date like 2026-02-30, acknowledged before received, an unknown rule set…) is
reported on standard error with its row and column, e.g.
  row 17: stage1_received_on: 2026-02-30 is not a real date
and every other row is still processed. A field with an opening quote but no closing quote
costs only its own row: reading starts again at the next line. A reference already reported
on an earlier row is named, e.g.
  row 9: reference: HA-1 is also in row 2; counted once
and that later row is left out of the cases and the summary.
Exit code 2 if any row was bad, else 0.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  homes: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  today: { type: 'string' },
  rules: { type: 'string' },
  division: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;


/**
 * The financial year (1 April to 31 March) containing `today`: the default reporting period.
 *
 * @example
 * financialYear('2026-11-24'); // { from: '2026-04-01', to: '2027-03-31' }
 */
export function financialYear(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const year = Number(today.slice(0, 4));
  const start = today.slice(5) >= '04-01' ? year : year - 1;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/**
 * `complaint-code report`: streams a CSV/NDJSON export through the timeline engine and the
 * CH01/CH02 accumulator. Rows are handled chunk by chunk and output is written in large
 * buffered pieces with backpressure; the one thing that grows is the set of references already
 * counted (to name duplicates), kept in typed arrays ({@link createReferenceIndex}): 1M rows peak ~180 MB.
 *
 * @example
 * await report(['complaints.csv', '--today', '2026-11-24', '--json'], io); // → 0, or 2 if a row was bad
 */
export const report: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs('report', { args: [...args], options: OPTIONS, allowPositionals: true });
  if (values.help) {
    io.stdout.write(REPORT_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('Name the export to read: complaint-code report FILE (or - for standard input).\nSee "complaint-code report --help".');
  if (extra.length > 0) throw new UsageError(`Unexpected argument ${extra[0]}: report reads one file.`);
  const today = todayOption(values.today);
  const defaultRuleSet = ruleSetOption(values.rules);
  const calendar = calendarOption(values.division);
  let homes: number | undefined;
  if (values.homes !== undefined) {
    homes = Number(values.homes.replaceAll(',', ''));
    if (!Number.isInteger(homes) || homes <= 0) throw new UsageError(`--homes: "${values.homes}" is not a whole number of homes above 0.`);
  }
  if ((values.from === undefined) !== (values.to === undefined)) throw new UsageError('--from and --to go together (the reporting period).');
  const period =
    values.from !== undefined && values.to !== undefined
      ? { from: dateOption('--from', values.from), to: dateOption('--to', values.to) }
      : financialYear(today);
  if (period.from > period.to) throw new UsageError(`--from ${period.from} is after --to ${period.to}.`);

  const input = await openInput(file, values.format, io);
  const reader: RowReader =
    input.format === 'csv'
      ? createCsvRowReader({
          ...(defaultRuleSet && { defaultRuleSet }),
          onIgnoredColumns: (names) => io.stderr.write(`Note: ignoring column${names.length > 1 ? 's' : ''} ${names.join(', ')} (not one of: ${CSV_COLUMNS.join(', ')}).\n`),
        })
      : createNdjsonRowReader(defaultRuleSet ? { defaultRuleSet } : {});
  // Invalid records are skipped here: the timeline check of the same row reports them.
  const accumulator = createCodePerformanceAccumulator({ period, today, calendar, onInvalid: 'skip', ...(homes !== undefined && { homes }) });
  // 32 KB pieces, not the default 256 KB, handed over part-way through a batch: the lines waiting in
  // a string are the one thing that outlives a young-generation collection (GC time cut by half).
  const out = createBufferedOutput(io.stdout, 32 * 1024);
  const settings: RowSettings = { today, calendar, json: values.json === true, format: input.format, accumulator, firstSeen: createReferenceIndex(), write: (text) => out.write(text) };
  const errors = createBufferedOutput(io.stderr, 16 * 1024);
  const counts = { rows: 0, cases: 0, bad: 0 };
  if (!values.json) out.write(CASE_TEXT_HEADER);

  const handle = (rows: InputRow[]) => {
    const done = processRows(rows, settings);
    counts.rows += rows.length;
    counts.cases += done.cases;
    counts.bad += done.bad;
    out.write(done.out);
    errors.write(done.err);
  };

  // One chunk at a time (32 KB, a few hundred rows): rows live briefly, so memory stays flat.
  for await (const chunk of input.chunks) {
    handle(reader.push(chunk));
    await Promise.all([out.drain(), errors.drain()]);
  }
  handle(reader.end());

  const summary = { ...accumulator.result(), rows: counts.rows, cases: counts.cases, rowsWithErrors: counts.bad };
  out.write(values.json ? `${JSON.stringify({ summary })}\n` : formatSummaryText(summary));
  await Promise.all([out.flush(), errors.flush()]);
  return counts.bad > 0 ? 2 : 0;
};
