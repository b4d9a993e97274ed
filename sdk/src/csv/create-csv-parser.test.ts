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

  it('flags an unclosed quote at the end without losing earlier rows', () => {
    const records = parseCsvText('a,b\n1,"never closed\n2,3\n');
    expect(records[0]).toEqual({ row: 1, fields: ['a', 'b'] });
    expect(records[1]?.problem).toMatch(/field 2 has an opening quote but no closing quote/);
    expect(records).toHaveLength(2);
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
});
