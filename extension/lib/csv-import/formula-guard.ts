/**
 * @module extension/lib/csv-import/formula-guard
 *
 * The `'` the CSV export puts before a formula-like cell, and how the import takes exactly that
 * `'` back off, so export → import gives back what was exported.
 */

/**
 * Whether a spreadsheet could run `text` as a formula (or it already starts with our guard and
 * would be confused with one), so it is written with a leading `'`. Plain whole numbers like `-3`
 * are left alone. Guarding `'=x` too (as `''=x`) is what lets `unguardCell` undo exactly
 * what was added.
 */
export function needsGuard(text: string): boolean {
  return /^'*[=+\-@\t\r]/.test(text) && !/^-?\d+$/.test(text);
}

/**
 * The inverse of the guard in `csvCell` (export-csv): removes the one `'` the export added before a
 * formula-like value, and nothing else (`'plain` stays as it is).
 *
 * @example
 * unguardCell("'=SUM(A1)"); //=> '=SUM(A1)'
 * unguardCell("''=x");      //=> "'=x"
 */
export function unguardCell(text: string): string {
  return text.startsWith("'") && needsGuard(text.slice(1)) ? text.slice(1) : text;
}
