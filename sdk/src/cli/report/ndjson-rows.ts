import type { ComplaintRecordInput } from '../../index.js';
import type { InputRow, RowReader } from './input-row.js';
import { ukRecordDates } from './uk-record-dates.js';

/**
 * Reads NDJSON (one `ComplaintRecordInput` JSON object a line) chunk by chunk. Blank lines are
 * skipped; a line that is not a JSON object becomes a row with a problem, and reading goes on.
 *
 * @example
 * const reader = createNdjsonRowReader();
 * reader.push('{"reference":"HA-1","stage1":{"receivedOn":"2026-11-02"}}\n');
 * // → [{ unit: 'line', number: 1, reference: 'HA-1', record: { reference: 'HA-1', … }, problems: [] }]
 */
export function createNdjsonRowReader(options: { defaultRuleSet?: string } = {}): RowReader {
  let carry = '';
  let line = 0;
  let started = false;

  function toRow(text: string): InputRow | undefined {
    line++;
    if (text.trim() === '') return undefined;
    const where = { unit: 'line', number: line } as const;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { ...where, problems: [{ field: 'JSON', message: `not valid JSON (${(error as Error).message})` }] };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ...where, problems: [{ field: 'JSON', message: 'expected an object like {"reference": …, "stage1": {"receivedOn": …}}' }] };
    }
    const record = value as Record<string, unknown>;
    if (record['ruleSet'] === undefined && options.defaultRuleSet !== undefined) record['ruleSet'] = options.defaultRuleSet;
    ukRecordDates(record);
    const reference = typeof record['reference'] === 'string' ? record['reference'] : undefined;
    return { ...where, reference, record: record as ComplaintRecordInput, problems: [] };
  }

  function lines(text: string, final: boolean): InputRow[] {
    const rows: InputRow[] = [];
    let from = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
      const row = toRow(text.slice(from, at));
      if (row) rows.push(row);
      from = at + 1;
    }
    carry = text.slice(from);
    if (final && carry !== '') {
      const row = toRow(carry);
      if (row) rows.push(row);
      carry = '';
    }
    return rows;
  }

  return {
    push(chunk) {
      let text = carry + chunk;
      if (!started && text.length > 0) {
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      return lines(text, false);
    },
    end: () => lines(carry, true),
  };
}
