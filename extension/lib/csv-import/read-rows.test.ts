import { describe, expect, it } from 'vitest';
import { suggestMapping } from './mapping.js';
import { previewImport, previewImportInSlices, readCsvTable } from './read-rows.js';

const origin = 'http://localhost:4310';

describe('suggestMapping', () => {
  it('should recognise the column names CRMs export, each column once', () => {
    expect(suggestMapping(['Case ref', 'Customer', 'Date received', 'Acknowledged', 'Owner', 'Stage', 'Escalated On', 'Notes'])).toEqual({
      reference: 0,
      residentName: 1,
      stage1ReceivedOn: 2,
      stage1AcknowledgedOn: 3,
      handler: 4,
      stage: 5,
      stage2RequestedOn: 6,
    });
  });
});

describe('previewImport', () => {
  const csv = [
    'Reference,Resident,Date received,Acknowledged,Stage,Link',
    'HC-1,Ms A,02/11/2026,04/11/2026,Stage 1,http://localhost:4310/cases/HC-1',
    'HC-2,"Mr B, Jr",2026-11-03,,1,',
    ',Ms C,02/11/2026,,1,',
    'HC-4,Ms D,31/02/2026,,1,',
    'HC-5,Ms E,02/11/2026,,Stage 3,https://evil.example/x',
    'HC-1,Ms A again,02/11/2026,,1,',
  ].join('\r\n');

  it('in slices, should find exactly what the one-go check finds, yielding between slices', async () => {
    const table = readCsvTable(csv);
    let yields = 0;
    const sliced = await previewImportInSlices(table, suggestMapping(table.headers), origin, { sliceMs: -1, yieldTo: async () => void (yields += 1) });
    expect(sliced).toEqual(previewImport(table, suggestMapping(table.headers), origin));
    expect(yields).toBe(table.records.length);
  });

  it('in slices, should stop and give nothing once aborted (a newer mapping)', async () => {
    const table = readCsvTable(csv);
    const controller = new AbortController();
    const yieldTo = async () => controller.abort();
    expect(await previewImportInSlices(table, suggestMapping(table.headers), origin, { sliceMs: -1, signal: controller.signal, yieldTo })).toBeUndefined();
  });

  it('should accept the good rows and explain every bad one by row number', () => {
    const table = readCsvTable(csv);
    const { rows, bad } = previewImport(table, suggestMapping(table.headers), origin);
    expect(rows).toEqual([
      { row: 2, url: 'http://localhost:4310/cases/HC-1', facts: { reference: 'HC-1', residentName: 'Ms A', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04', stage: 1 } },
      { row: 3, url: '', facts: { reference: 'HC-2', residentName: 'Mr B, Jr', stage1ReceivedOn: '2026-11-03', stage: 1 } },
    ]);
    expect(bad.map((b) => b.row)).toEqual([4, 5, 6, 7]);
    expect(bad[0]?.reasons).toEqual(['Case reference is empty']);
    expect(bad[1]?.reasons.join()).toMatch(/^Stage 1 received: .*31\/02\/2026/);
    expect(bad[2]?.reasons).toEqual(['Stage: "Stage 3" is not Stage 1 or Stage 2', 'Link to the case page: https://evil.example/x is not on http://localhost:4310']);
    expect(bad[3]).toEqual({ row: 7, reference: 'HC-1', reasons: ['HC-1 is also in row 2'] });
  });

  it('should refuse every row when a needed column is not chosen', () => {
    const table = readCsvTable('Reference\nHC-1\n');
    const { rows, bad } = previewImport(table, { reference: 0 }, origin);
    expect(rows).toEqual([]);
    expect(bad).toEqual([{ row: 2, reference: 'HC-1', reasons: ['Stage 1 received: no column chosen'] }]);
  });

  it('should lose only the row with an unclosed quote, not the rows after it', () => {
    const table = readCsvTable('Reference,Date received\nHC-1,02/11/2026\n"HC-2,02/11/2026\nHC-3,03/11/2026\nHC-4,"04/11/2026"\n');
    const { rows, bad } = previewImport(table, { reference: 0, stage1ReceivedOn: 1 }, origin);
    expect(rows.map((row) => row.facts.reference)).toEqual(['HC-1', 'HC-3', 'HC-4']);
    expect(bad).toEqual([{ row: 3, reasons: ['field 1 has an opening quote but no closing quote: "HC-2,02/11/2026"'] }]);
  });

  it('should read every row of a file over 50,000 rows, none dropped', () => {
    const lines = ['Reference,Date received', ...Array.from({ length: 100_000 }, (_, i) => `HC-${i},02/11/2026`)];
    const table = readCsvTable(lines.join('\n'));
    expect(table.records).toHaveLength(100_000);
    const { rows, bad } = previewImport(table, { reference: 0, stage1ReceivedOn: 1 }, origin);
    expect(rows).toHaveLength(100_000);
    expect(bad).toEqual([]);
  });

  it('should report a malformed record (an unclosed quote) instead of shifting the others', () => {
    const table = readCsvTable('Reference,Date received\nHC-1,02/11/2026\n"HC-2,02/11/2026\n');
    const { rows, bad } = previewImport(table, { reference: 0, stage1ReceivedOn: 1 }, origin);
    expect(rows.map((row) => row.facts.reference)).toEqual(['HC-1']);
    expect(bad).toHaveLength(1);
    expect(bad[0]?.row).toBe(3);
  });
});
