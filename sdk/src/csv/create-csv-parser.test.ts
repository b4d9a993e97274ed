import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCsvParser, type CsvRecord } from './create-csv-parser.js';
import { parseCsvText } from './parse-csv-text.js';

/** Parses `text` fed in the given chunk sizes (cycled), to prove chunk boundaries never matter. */
function parseInChunks(text: string, sizes: number[]): CsvRecord[] {
  const parser = createCsvParser();
  const out: CsvRecord[] = [];
  let at = 0;
  let k = 0;
  while (at < text.length) {
    const size = Math.max(1, sizes[k++ % sizes.length] ?? 1);
    out.push(...parser.push(text.slice(at, at + size)));
    at += size;
  }
  out.push(...parser.end());
  return out;
}

const fieldsOf = (records: CsvRecord[]) => records.map((r) => r.fields);

describe('createCsvParser', () => {
  it('splits plain fields and LF or CRLF lines', () => {
    expect(fieldsOf(parseCsvText('a,b,c\n1,2,3\r\n4,5,6'))).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fieldsOf(parseCsvText(',a,,\n'))).toEqual([['', 'a', '', '']]);
  });

  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    const text = 'ref,reason\r\n"HA-1, flat 2","Contractor said ""next week""\r\nthen cancelled"\r\nHA-2,""\r\n';
    expect(fieldsOf(parseCsvText(text))).toEqual([
      ['ref', 'reason'],
      ['HA-1, flat 2', 'Contractor said "next week"\r\nthen cancelled'],
      ['HA-2', ''],
    ]);
  });

  it('numbers rows like a spreadsheet: a multi-line record is one row, blank lines count', () => {
    const records = parseCsvText('h1,h2\n"a\nb",c\n\nd,e\n');
    expect(records.map((r) => [r.row, r.fields])).toEqual([
      [1, ['h1', 'h2']],
      [2, ['a\nb', 'c']],
      [4, ['d', 'e']],
    ]);
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(fieldsOf(parseCsvText('\uFEFFreference\nHA-1\n'))).toEqual([['reference'], ['HA-1']]);
  });

  it('treats a lone CR as a line break and CRLF split across chunks as one', () => {
    expect(fieldsOf(parseInChunks('a\rb\r\nc', [2]))).toEqual([['a'], ['b'], ['c']]);
    expect(parseInChunks('a\r\nb', [2]).map((r) => r.row)).toEqual([1, 2]);
  });

  it('flags an unclosed quote and resynchronises at the next line: one bad row costs one row', () => {
    const records = parseCsvText('a,b\n1,"never closed\n2,3\n4,5\n');
    expect(records[0]).toEqual({ row: 1, fields: ['a', 'b'] });
    expect(records[1]?.row).toBe(2);
    expect(records[1]?.problem).toMatch(/field 2 has an opening quote but no closing quote/);
    expect(records.slice(2)).toEqual([
      { row: 3, fields: ['2', '3'] },
      { row: 4, fields: ['4', '5'] },
    ]);
  });

  it('does not let a stray quote pair up with a later row\'s quoted field', () => {
    const records = parseCsvText('r,x\n1,"bad\n2,3\n4,"ok, fine"\n5,6\n');
    expect(records.map((r) => [r.row, r.fields, r.problem !== undefined])).toEqual([
      [1, ['r', 'x'], false],
      [2, ['1', 'bad'], true],
      [3, ['2', '3'], false],
      [4, ['4', 'ok, fine'], false],
      [5, ['5', '6'], false],
    ]);
  });

  it('keeps the problem short: it quotes at most a few dozen characters of the bad row', () => {
    const huge = 'x'.repeat(100_000);
    const records = parseCsvText(`a,b\n1,"${huge}\n2,3\n`);
    expect(records[1]?.problem?.length).toBeLessThan(120);
    expect(records[2]).toEqual({ row: 3, fields: ['2', '3'] });
  });

  it('judges a quoted field over the size limit that spans lines as an unclosed quote', () => {
    const parser = createCsvParser({ maxQuotedFieldLength: 10 });
    const records = [...parser.push('a\n"12345\n67890\nb\n'), ...parser.push('c\n'), ...parser.end()];
    expect(records.map((r) => [r.row, r.fields[0], r.problem !== undefined])).toEqual([
      [1, 'a', false],
      [2, '12345', true],
      [3, '67890', false],
      [4, 'b', false],
      [5, 'c', false],
    ]);
  });

  it('flags text after a closing quote but keeps the row and the next rows', () => {
    const records = parseCsvText('"ab"cd,e\nf,g\n');
    expect(records[0]).toEqual({ row: 1, fields: ['abcd', 'e'], problem: 'field 1 has text after its closing quote' });
    expect(records[1]).toEqual({ row: 2, fields: ['f', 'g'] });
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(fieldsOf(parseCsvText('5" pipe,x\n'))).toEqual([['5" pipe', 'x']]);
  });

  it('gives the same records whatever the chunk sizes (property)', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-z0-9 -]{0,6}$/),
      fc.constantFrom('', '"', '""', ',', '\n', '\r\n', 'a,"b"', 'x\ny'),
    );
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), (table, sizes) => {
        const quote = (v: string) => (/[",\r\n]/.test(v) || v === '' ? `"${v.replaceAll('"', '""')}"` : v);
        const text = table.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
        expect(fieldsOf(parseInChunks(text, sizes))).toEqual(table);
        expect(fieldsOf(parseCsvText(text))).toEqual(table);
      }),
    );
  });

  // Adversarial: any text, any chunking. Never throws, same records whatever the chunks, problems
  // stay short, rows only go forward, and the time stays linear (a generous bound).
  it('survives hostile text in any chunks (property, time-bounded)', () => {
    const hostile = fc.string({ unit: fc.constantFrom('"', '""', ',', '\n', '\r', '\r\n', 'a', ' '), maxLength: 400 });
    fc.assert(
      fc.property(hostile, fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 4 }), (text, sizes) => {
        const whole = parseCsvText(text);
        expect(parseInChunks(text, sizes)).toEqual(whole);
        let last = 0;
        for (const record of whole) {
          expect(record.row).toBeGreaterThan(last);
          last = record.row;
          expect((record.problem ?? '').length).toBeLessThan(120);
        }
      }),
      { numRuns: 300 },
    );
    // 50,000 stray quotes in a row, a 100,001-quote field, then 50,000 good rows. The bound is
    // relative to a clean file of the same size parsed just before (so a busy machine cannot fail
    // it), and generous: linear is ~1-2x the clean time; the quadratic resync this guards took 26 s.
    const big = `a,b\n${'1,"x\n'.repeat(50_000)}${'"'.repeat(100_001)}\n${'2,3\n'.repeat(50_000)}`;
    const clean = 'a,b\n' + '1,x\n'.repeat(Math.ceil(big.length / 4));
    let started = performance.now();
    parseCsvText(clean);
    const cleanMs = performance.now() - started;
    started = performance.now();
    const records = parseCsvText(big);
    const chunked = parseInChunks(big, [32 * 1024, 7, 1000]);
    expect(performance.now() - started).toBeLessThan(20 * cleanMs + 2_000);
    expect(records.filter((r) => r.problem === undefined && r.fields[0] === '2')).toHaveLength(50_000);
    expect(chunked).toEqual(records);
  });

  it('one bad row costs one row: an unclosed quote in any row leaves the others intact (property)', () => {
    // Cells as CRM exports write them: quoted cells may hold commas, quotes and line breaks, but do not start with one.
    const plain = fc.stringMatching(/^[a-z0-9 -]{1,6}$/);
    const cell = fc.oneof(plain, fc.constantFrom('a,"b"', 'x\ny', 'said ""hi""', 'p\r\nq', ''));
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 10 });
    const quote = (v: string) => (/[",\r\n]/.test(v) || v === '' ? `"${v.replaceAll('"', '""')}"` : v);
    fc.assert(
      fc.property(rows, fc.nat(), fc.nat(), plain, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }), (table, badAt, col, text, sizes) => {
        const bad = badAt % table.length;
        // (Known limit: a multi-line quoted cell after the stray quote in the same row can split that row.)
        const at = col % (table[bad] ?? []).length;
        table[bad] = (table[bad] ?? []).map((value, i) => (i > at ? value.replace(/[\r\n]/g, ' ') : value));
        const badRow = (table[bad] ?? []).map(quote);
        badRow[at] = `"${text}`;
        const lines = table.map((r) => r.map(quote).join(','));
        lines[bad] = badRow.join(',');
        const records = parseInChunks(lines.join('\r\n') + '\r\n', sizes);
        const broken = records.filter((r) => r.problem !== undefined);
        expect(broken.map((r) => r.row)).toEqual([bad + 1]);
        expect(records.filter((r) => r.problem === undefined).map((r) => r.fields)).toEqual(table.filter((_, i) => i !== bad));
      }),
      { numRuns: 300 },
    );
  });
});
