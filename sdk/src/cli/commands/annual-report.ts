import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createAnnualReportAccumulator, InvalidComplaintError, renderAnnualReportCsv, renderAnnualReportHtml, type AnnualReport, type LandlordSections } from '../../index.js';
import { parseCommandArgs } from '../args.js';
import { createBufferedOutput } from '../buffered-output.js';
import { calendarOption, dateOption, ruleSetOption, todayOption } from '../common-options.js';
import { plainIssueMessage, UsageError, type CliCommand, type CliIo } from '../io.js';
import { EVIDENCE_COLUMNS_HELP } from '../report/csv-evidence-columns.js';
import { createCsvRowReader, csvFieldName } from '../report/csv-rows.js';
import { problemLine } from '../report/format-case.js';
import type { InputRow, RowReader } from '../report/input-row.js';
import { createNdjsonRowReader } from '../report/ndjson-rows.js';
import { openInput } from '../report/read-input.js';
import { percent } from '../../report/annualReportLines.js';

export const ANNUAL_REPORT_HELP = `Usage: complaint-code annual-report FILE|- --from D --to D [options]

The annual complaints performance and service improvement report (HO Code 2024 8.1) for a period,
from the same CSV or NDJSON export "complaint-code report" reads (see "complaint-code report --help"
for the date columns). Every figure cites the provision it answers to.

${EVIDENCE_COLUMNS_HELP}

Options:
  --from D --to D          The reporting period, both days included (required)
  --homes N                Homes owned, for CH01 (complaints per 1,000 homes)
  --json                   The report as JSON (keys: period, stage1, stage2, refusals, outcomes,
                           categories, remedies, keepInformed, findings, goodReasons, ch01, ch02, lines…)
  --html                   A printable HTML document (one section a page, charts with tables)
  --csv                    CSV: section,line,value,provision
  --sections FILE          JSON with the landlord's 8.1 (c)–(f) text: {"c": "...", "d": "...", "e": "...", "f": "..."}
  --landlord NAME          The landlord's name, for the HTML title
  --today D                Judge open complaints and remedies as at this day (default today in London)
  --rules ID               Rule set for rows without one
  --division NAME          Bank holidays: england-and-wales (default), scotland, northern-ireland
  --format csv|ndjson      Override the detected input format
  --help                   This help

Without --json, --html or --csv it prints the figures as text. A bad row is reported on standard
error with its row and column and left out; exit code 2 if any row was bad, else 0.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  html: { type: 'boolean' },
  csv: { type: 'boolean' },
  homes: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  sections: { type: 'string' },
  landlord: { type: 'string' },
  format: { type: 'string' },
  today: { type: 'string' },
  rules: { type: 'string' },
  division: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function readSections(file: string, io: CliIo): Promise<LandlordSections> {
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`--sections: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--sections: ${file} is not valid JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('--sections: expected an object like {"c": "...", "d": "..."}.');
  const sections: LandlordSections = {};
  for (const [key, text] of Object.entries(value)) {
    if (key !== 'c' && key !== 'd' && key !== 'e' && key !== 'f') throw new UsageError(`--sections: unknown part "${key}" (use c, d, e, f).`);
    if (typeof text !== 'string') throw new UsageError(`--sections: part ${key} must be text.`);
    sections[key] = text;
  }
  return sections;
}

/** The report as plain text, a line a figure with its provision. */
export function formatAnnualReportText(report: AnnualReport): string {
  let out = `Annual complaints report, ${report.period.from} to ${report.period.to} (open cases as at ${report.asOf})\n`;
  let section = '';
  for (const line of report.lines) {
    if (line.section !== section) {
      section = line.section;
      out += `\n${section}\n`;
    }
    out += `  ${line.label.padEnd(58)} ${line.value.padStart(7)}  ${line.cite}\n`;
  }
  if (report.goodReasons.length > 0) {
    out += '\nExtensions past the cap with a self-declared good reason (HO Code 2024 6.4, 6.15)\n';
    for (const r of report.goodReasons) out += `  ${r.reference} stage ${r.stage}: to ${r.newDueOn}: ${r.reason ?? '(no reason recorded)'}\n`;
  }
  out += `\nCH02 stage 1 ${percent(report.ch02.stage1)} (strict ${percent(report.ch02.strict.stage1)}); stage 2 ${percent(report.ch02.stage2)} (strict ${percent(report.ch02.strict.stage2)}).\n`;
  out += `${report.records} records${report.skipped ? `, ${report.skipped} skipped` : ''}.\n`;
  return out;
}

/**
 * `complaint-code annual-report`: streams an export through the annual-report accumulator and prints
 * the report as text, JSON, HTML or CSV.
 *
 * @example
 * await annualReportCommand(['complaints.csv', '--from', '2026-04-01', '--to', '2027-03-31', '--json'], io);
 */
export const annualReportCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseCommandArgs('annual-report', { args: [...args], options: OPTIONS, allowPositionals: true });
  if (values.help) {
    io.stdout.write(ANNUAL_REPORT_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('Name the export to read: complaint-code annual-report FILE --from D --to D.\nSee "complaint-code annual-report --help".');
  if (extra.length > 0) throw new UsageError(`Unexpected argument ${extra[0]}: annual-report reads one file.`);
  if (values.from === undefined || values.to === undefined) throw new UsageError('Give the reporting period: --from D --to D (YYYY-MM-DD).');
  const from = dateOption('--from', values.from);
  const to = dateOption('--to', values.to);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}.`);
  const outputs = [values.json, values.html, values.csv].filter(Boolean).length;
  if (outputs > 1) throw new UsageError('Choose one of --json, --html, --csv.');
  const today = todayOption(values.today);
  const defaultRuleSet = ruleSetOption(values.rules);
  const calendar = calendarOption(values.division);
  let homes: number | undefined;
  if (values.homes !== undefined) {
    homes = Number(values.homes.replaceAll(',', ''));
    if (!Number.isInteger(homes) || homes <= 0) throw new UsageError(`--homes: "${values.homes}" is not a whole number of homes.`);
  }
  const landlordSections = values.sections === undefined ? undefined : await readSections(values.sections, io);

  const input = await openInput(file, values.format, io);
  const reader: RowReader = input.format === 'csv' ? createCsvRowReader(defaultRuleSet ? { defaultRuleSet } : {}) : createNdjsonRowReader(defaultRuleSet ? { defaultRuleSet } : {});
  const fieldName = input.format === 'csv' ? csvFieldName : (name: string) => name;
  const accumulator = createAnnualReportAccumulator({ from, to, today, calendar, homes, landlordSections });
  const errors = createBufferedOutput(io.stderr, 16 * 1024);
  let bad = 0;
  const handle = (rows: InputRow[]) => {
    for (const row of rows) {
      let problems = row.problems;
      if (problems.length === 0 && row.record !== undefined) {
        try {
          accumulator.add(row.record);
          continue;
        } catch (error) {
          if (!(error instanceof InvalidComplaintError)) throw error;
          problems = error.issues.map((issue) => ({ field: fieldName(issue.path), message: plainIssueMessage(issue.message) }));
        }
      }
      bad++;
      errors.write(problemLine(row, row.reference, problems));
    }
  };
  for await (const chunk of input.chunks) {
    handle(reader.push(chunk));
    await errors.drain();
  }
  handle(reader.end());
  const report = accumulator.result();
  const out = createBufferedOutput(io.stdout);
  out.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : values.html ? renderAnnualReportHtml(report, { landlord: values.landlord }) : values.csv ? renderAnnualReportCsv(report) : formatAnnualReportText(report));
  await Promise.all([out.flush(), errors.flush()]);
  return bad > 0 ? 2 : 0;
};
