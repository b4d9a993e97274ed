import type { TrackedCase } from '@complaint-code/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './export-csv.js';
import { unguardCell } from './formula-guard.js';
import { suggestMapping } from './mapping.js';
import { previewImport, readCsvTable } from './read-rows.js';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', `"'=SUM(A1)"`],
    ['-3', '-3'],
    ["'=already", `"''=already"`],
    // A lone CR ends a row in some spreadsheets: it must be quoted like CRLF and LF.
    ['line one\rline two', '"line one\rline two"'],
    ['line one\nline two', '"line one\nline two"'],
  ])('should write %j as %s', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe('toCsv', () => {
  it('should export facts with corrections applied, in columns the import reads back', () => {
    const tracked: TrackedCase = {
      id: 'http://localhost:4310|HC-1',
      origin: 'http://localhost:4310',
      reference: 'HC-1',
      adapterId: 'demo-classic',
      url: 'http://localhost:4310/cases/HC-1',
      facts: { reference: 'HC-1', stage1ReceivedOn: '2026-11-02', residentName: 'Mrs O, Okafor', stage: 1 },
      corrections: { stage1AcknowledgedOn: '2026-11-04' },
      firstSeenAt: '2026-11-24T10:00:00.000Z',
      lastSeenAt: '2026-11-24T10:00:00.000Z',
    };
    const csv = toCsv([tracked], [], () => '');
    const table = readCsvTable(csv);
    const { rows, bad } = previewImport(table, suggestMapping(table.headers), 'http://localhost:4310');
    expect(bad).toEqual([]);
    expect(rows[0]).toEqual({
      row: 2,
      url: 'http://localhost:4310/cases/HC-1',
      facts: { reference: 'HC-1', residentName: 'Mrs O, Okafor', stage: 1, stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04' },
    });
  });
});

describe('unguardCell', () => {
  it.each([
    ["'=CMD|' /C calc'!A0", "=CMD|' /C calc'!A0"],
    ["''=x", "'=x"],
    ["'plain", "'plain"],
    ["'-3", "'-3"],
    ['-3', '-3'],
    ['=raw', '=raw'],
  ])('should read %j back as %j', (input, output) => {
    expect(unguardCell(input)).toBe(output);
  });

  it('should undo exactly what csvCell added, for any text (property)', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '1', 'a', ' '), maxLength: 12 });
    fc.assert(
      fc.property(text, (value) => {
        const [record] = readCsvTable(`h\r\n${csvCell(value)}\r\n`).records;
        expect(unguardCell(record?.fields[0] ?? '')).toBe(value === '' ? '' : value);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('export then import', () => {
  const EMPTY = new Set(['-', '–', 'n/a', 'none', 'null']);
  const value = fc
    .string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', '"', ',', '1', 'a', 'Z', ' '), minLength: 1, maxLength: 20 })
    .filter((text) => text.trim() === text && text !== '' && !EMPTY.has(text.toLowerCase()));

  it('should give back the same facts, formula guards and line breaks included (property)', () => {
    fc.assert(
      fc.property(value, value, value, (reference, residentName, handler) => {
        const tracked: TrackedCase = {
          id: `http://localhost:4310|${reference}`,
          origin: 'http://localhost:4310',
          reference,
          adapterId: 'demo-classic',
          url: 'http://localhost:4310/cases/1',
          facts: { reference, residentName, handler, stage1ReceivedOn: '2026-11-02' },
          corrections: {},
          firstSeenAt: '2026-11-24T10:00:00.000Z',
          lastSeenAt: '2026-11-24T10:00:00.000Z',
        };
        const table = readCsvTable(toCsv([tracked], [], () => ''));
        const { rows, bad } = previewImport(table, suggestMapping(table.headers), 'http://localhost:4310');
        expect(bad).toEqual([]);
        expect(rows[0]?.facts).toEqual({ reference, residentName, handler, stage1ReceivedOn: '2026-11-02' });
      }),
      { numRuns: 500 },
    );
  });
});
