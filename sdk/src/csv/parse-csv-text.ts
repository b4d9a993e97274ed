import { createCsvParser, type CsvRecord } from './create-csv-parser.js';

/**
 * Parses a whole CSV text at once (for a file that is already in memory, such as an upload in the
 * browser). For large files feed chunks to {@link createCsvParser} instead.
 *
 * @example
 * parseCsvText('reference,stage1_received_on\nHA-1,2026-11-02\n');
 * // → [{ row: 1, fields: ['reference', 'stage1_received_on'] }, { row: 2, fields: ['HA-1', '2026-11-02'] }]
 */
export function parseCsvText(text: string): CsvRecord[] {
  const parser = createCsvParser();
  return [...parser.push(text), ...parser.end()];
}
