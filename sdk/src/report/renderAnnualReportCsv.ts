import type { AnnualReport } from './AnnualPerformanceReport.js';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The annual report as CSV: `section,line,value,provision`, one row a line of {@link AnnualReport.lines},
 * then the self-declared good reasons and the landlord's 8.1 (c)–(f) sections.
 *
 * @param report - From `annualReport`
 * @returns CSV text with a header row and CRLF line ends
 * @example
 * ```ts
 * renderAnnualReportCsv(report).split('\r\n')[1]; //=> 'Stage 1,Received,6,HO Code 2024 8.1(b); RSH TSM CH01'
 * ```
 */
export function renderAnnualReportCsv(report: AnnualReport): string {
  const rows: string[][] = [['section', 'line', 'value', 'provision']];
  for (const line of report.lines) rows.push([line.section, line.label, line.value, line.cite]);
  for (const reason of report.goodReasons) {
    rows.push(['Good reasons (self-declared)', `${reason.reference} stage ${reason.stage}: extended to ${reason.newDueOn} (notified ${reason.notifiedOn})`, reason.reason ?? '(no reason recorded)', `HO Code 2024 ${reason.stage === 1 ? '6.4' : '6.15'}`]);
  }
  for (const [part, title] of LANDLORD_PARTS) rows.push([`8.1 (${part})`, title, report.landlordSections[part] ?? '(not completed)', `HO Code 2024 8.1(${part})`]);
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * The parts of 8.1 the landlord writes, with their titles in the Code's words.
 *
 * @example
 * ```ts
 * LANDLORD_PARTS[0]; //=> ['c', 'any findings of non-compliance with this Code by the Ombudsman']
 * ```
 */
export const LANDLORD_PARTS = [
  ['c', 'any findings of non-compliance with this Code by the Ombudsman'],
  ['d', 'the service improvements made as a result of the learning from complaints'],
  ['e', "any annual report about the landlord's performance from the Ombudsman"],
  ['f', 'any other relevant reports or publications produced by the Ombudsman in relation to the work of the landlord'],
] as const;
