/**
 * @module extension/lib/csv-import/export-csv
 *
 * The panel's complaints as a CSV file (RFC 4180), for a spreadsheet or before deleting all data.
 * Columns use the same names the import recognises, so an export imports back unchanged, and the SDK's
 * CSV column labels, so `complaint-code report export.csv` reads it too (the other columns it ignores).
 */
import { csvColumns } from '@complaint-code/sdk';
import { effectiveFacts, type TrackedCase } from '@complaint-code/shared';
import type { PanelRow } from '../../data/index.js';
import { needsGuard } from './formula-guard.js';

/** The header of an SDK CSV column (the one convention the `complaint-code` CLI reads too). */
const label = (name: string): string => csvColumns.find((column) => column.name === name)?.label ?? name;

const columns = [
  label('reference'), 'Resident', 'Handler', 'Stage', label('stage1_received_on'), label('stage1_acknowledged_on'), label('stage1_responded_on'),
  label('stage2_requested_on'), label('stage2_acknowledged_on'), label('stage2_responded_on'), 'Next step', 'Due', 'Working days left', 'State', 'Link',
];

/**
 * Quote a cell; a leading `= + - @ tab CR` (after any `'`s) is prefixed with `'` so a spreadsheet
 * never runs it as a formula (`unguardCell` takes it back off). A lone CR is quoted like any line break.
 *
 * @example
 * csvCell('=HYPERLINK("x")'); //=> `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (needsGuard(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * @example
 * toCsv(cases, rows); //=> 'Reference,Resident,…\r\nHC-2026-0412,Mrs Margaret Okafor,…\r\n'
 */
export function toCsv(cases: readonly TrackedCase[], rows: readonly PanelRow[], stateWords: (row: PanelRow) => string): string {
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const lines = [columns.join(',')];
  for (const tracked of cases) {
    const facts = effectiveFacts(tracked.facts, tracked.corrections);
    const row = rowById.get(tracked.id);
    lines.push(
      [
        facts.reference, facts.residentName, facts.handler, facts.stage ? `Stage ${facts.stage}` : undefined,
        facts.stage1ReceivedOn, facts.stage1AcknowledgedOn, facts.stage1RespondedOn,
        facts.stage2RequestedOn, facts.stage2AcknowledgedOn, facts.stage2RespondedOn,
        row?.nextStep, row?.dueOn, row?.workingDaysLeft, row ? stateWords(row) : undefined, tracked.url,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
