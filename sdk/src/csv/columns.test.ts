import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../cli/report/csv-rows.js';
import { csvColumnFor, csvColumns } from './columns.js';

describe('csvColumns (the one CSV convention)', () => {
  it('is the list the CLI documents, in order', () => {
    expect(csvColumns.map((column) => column.name)).toEqual([...CSV_COLUMNS]);
  });

  it('resolves every name, label and alias to its column, in any case or spacing', () => {
    for (const column of csvColumns) {
      for (const header of [column.name, column.label, ...column.aliases, column.name.toUpperCase(), ` ${column.label.toLowerCase()} `]) {
        expect(csvColumnFor(header)?.name).toBe(column.name);
      }
    }
    expect(csvColumnFor('Next step')).toBeUndefined();
  });

  it('gives every column a distinct label', () => {
    expect(new Set(csvColumns.map((column) => column.label)).size).toBe(csvColumns.length);
  });
});
