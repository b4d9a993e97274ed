/**
 * @module extension/sidepanel/download
 *
 * Save the panel's complaints as a CSV file.
 */
import type { TrackedCase } from '@complaint-code/shared';
import { toCsv } from '../lib/csv-import/export-csv.js';
import type { PanelRow } from '../data/index.js';
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
