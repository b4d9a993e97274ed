/**
 * @module extension/sidepanel/download
 *
 * Save the panel's complaints as a CSV file, or one case's evidence pack.
 */
import type { Settings, TrackedCase } from '@complaint-code/shared';
import { buildEvidencePack } from '../background/evidence-pack.js';
import { toCsv } from '../lib/csv-import/export-csv.js';
import type { ComplaintDb, PanelRow } from '../data/index.js';
import { rowStateWords } from './row-words.js';

/**
 * @example
 * downloadCsv(cases, rows, '2026-11-24'); // saves complaints-2026-11-24.csv
 */
export function downloadCsv(cases: readonly TrackedCase[], rows: readonly PanelRow[], today: string): void {
  const blob = new Blob([toCsv(cases, rows, rowStateWords)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `complaints-${today}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Builds the case evidence pack (every fact with its source, deadlines, findings, kept letters) and
 * saves it as printable HTML — only on the team lead's own click.
 *
 * @example
 * await downloadEvidencePack(db, settings, '2026-11-24', 'https://crm.example|HC-1'); // saves case-evidence-pack-HC-1.html
 */
export async function downloadEvidencePack(db: ComplaintDb, settings: Settings, today: string, caseId: string): Promise<void> {
  const pack = await buildEvidencePack(db, settings, today, caseId);
  const url = URL.createObjectURL(new Blob([pack.html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = pack.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
