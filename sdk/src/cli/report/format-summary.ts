import { formatDay, type CodePerformanceReport } from '../../index.js';

/** The summary `report` prints: the CH01/CH02 report plus how many rows were read. */
export type ReportSummary = CodePerformanceReport & { rows: number; cases: number; rowsWithErrors: number };

const count = (n: number) => n.toLocaleString('en-GB');
const percent = (share: number | undefined) => (share === undefined ? 'no responses' : `${(share * 100).toFixed(1)}%`);
const perThousand = (value: number | undefined) => (value === undefined ? 'give --homes' : value.toFixed(2));

/**
 * The text summary after the case lines: CH01 and CH02 per stage with the counts behind them,
 * the method in words (to publish beside the figures), and the row counts.
 *
 * @example
 * formatSummaryText(summary);
 * // "\nCode performance, Wed 1 Apr 2026 to Wed 31 Mar 2027 (12,000 homes)\n  …CH01 …\n  …CH02 …"
 */
export function formatSummaryText(summary: ReportSummary): string {
  const { stage1, stage2 } = summary;
  const row = (label: string, one: string, two: string) => `  ${label.padEnd(44)}${one.padEnd(16)}${two}`;
  const lines = [
    '',
    `Code performance, ${formatDay(summary.period.from)} to ${formatDay(summary.period.to)}${summary.homes ? ` (${count(summary.homes)} homes)` : ''}`,
    row('', 'Stage 1', 'Stage 2'),
    row('Complaints received', count(stage1.received), count(stage2.received)),
    row('CH01 complaints per 1,000 homes', perThousand(summary.ch01.stage1), perThousand(summary.ch01.stage2)),
    row('Responses issued', count(stage1.responded), count(stage2.responded)),
    row('  within Code timescales', count(stage1.respondedInTime), count(stage2.respondedInTime)),
    row('  late', count(stage1.respondedLate), count(stage2.respondedLate)),
    row('  in time thanks to an allowed extension', count(stage1.inTimeThanksToExtension), count(stage2.inTimeThanksToExtension)),
    row('CH02 responded within Code timescales', percent(summary.ch02.stage1), percent(summary.ch02.stage2)),
    row('Open at the end', count(stage1.openAtEnd), count(stage2.openAtEnd)),
    row('  of which overdue', count(stage1.overdueAtEnd), count(stage2.overdueAtEnd)),
    '',
    'How these were counted:',
    ...summary.method.map((line) => `  ${line}`),
    '',
    `Rows read: ${count(summary.rows)}; cases reported: ${count(summary.cases)}; rows with errors: ${count(summary.rowsWithErrors)}${summary.rowsWithErrors > 0 ? ' (listed on standard error)' : ''}.`,
  ];
  return `${lines.join('\n')}\n`;
}
