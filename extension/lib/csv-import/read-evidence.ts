/**
 * @module extension/lib/csv-import/read-evidence
 *
 * The evidence columns of a CSV export (outcomes, points, category, a remedy, keeping informed,
 * refusals), read exactly as `complaint-code report` reads them: the same column names and cell rules
 * (the SDK's own reader). Dates may be written as the CRM writes them; they are never guessed.
 */
import { addCsvEvidence, csvEvidenceColumnIndex, csvEvidenceColumns, type CsvEvidenceColumnIndex, parseUkDate } from '@complaint-code/sdk';
import { CaseEvidence } from '@complaint-code/shared';
import { unguardCell } from './formula-guard.js';

const EMPTY = new Set(['', '-', '–', 'n/a', 'none', 'null']);
const DATE_COLUMN = /_on$/;
const DATE_LIST_COLUMN = 'updates_sent_on';

/**
 * Where the evidence columns are in a header row, or `null` when it has none.
 *
 * @example
 * evidenceColumns(['Reference', 'stage1_outcome']); //=> { 'stage1.outcome': 1, category: -1, … }
 */
export function evidenceColumns(headers: readonly string[]): CsvEvidenceColumnIndex | null {
  const index = csvEvidenceColumnIndex(headers.map((header) => header.trim().toLowerCase()));
  return Object.values(index).some((at) => at >= 0) ? index : null;
}

/**
 * A row's evidence, checked, or the reasons it cannot be read (each naming its column).
 *
 * @example
 * readEvidence(index, ['HC-1', 'Upheld']); //=> { evidence: { stage1: { outcome: 'Upheld' } }, reasons: [] }
 */
export function readEvidence(index: CsvEvidenceColumnIndex, fields: readonly string[]): { evidence?: CaseEvidence; reasons: string[] } {
  const reasons: string[] = [];
  const columnAt = new Map(Object.entries(csvEvidenceColumns).map(([path, column]) => [index[path as keyof CsvEvidenceColumnIndex], column]));
  const cell = (at: number): string | undefined => {
    if (at < 0) return undefined;
    const value = unguardCell((fields[at] ?? '').trim());
    if (EMPTY.has(value.toLowerCase())) return undefined;
    const column = columnAt.get(at) ?? '';
    if (column === DATE_LIST_COLUMN) {
      const days = value.split(/\s*;\s*|\s*\|\s*/).map((day) => parseUkDate(day));
      const bad = days.find((day) => !day.ok);
      if (bad && !bad.ok) reasons.push(`${column}: ${bad.message}`);
      return days.flatMap((day) => (day.ok ? [day.date] : [])).join(';');
    }
    if (DATE_COLUMN.test(column)) {
      const parsed = parseUkDate(value);
      if (parsed.ok) return parsed.date;
      reasons.push(`${column}: ${parsed.message}`);
      return undefined;
    }
    return value;
  };
  const built: Record<string, unknown> = { stage1: {}, stage2: {} };
  const problems: { field: string; message: string }[] = [];
  addCsvEvidence(built, cell, index, problems);
  reasons.push(...problems.map((problem) => `${problem.field}: ${problem.message}`));
  // Stage objects only where a stage's outcome or points were given.
  if (Object.keys(built['stage1'] as object).length === 0) delete built['stage1'];
  if (Object.keys(built['stage2'] as object).length === 0) delete built['stage2'];
  if (reasons.length > 0) return { reasons };
  if (Object.keys(built).length === 0) return { reasons };
  const checked = CaseEvidence.safeParse(built);
  if (checked.success) return { evidence: checked.data, reasons };
  const pathToColumn = csvEvidenceColumns as Record<string, string>;
  return {
    reasons: checked.error.issues.map((issue) => {
      const path = issue.path.join('.');
      const column = pathToColumn[path] ?? pathToColumn[issue.path.slice(0, 2).join('.')] ?? path;
      return `${column}: ${issue.message}`;
    }),
  };
}
