import type { ComplaintRecordInput } from '../../index.js';

/** A problem with one input row, named the way the user's file names it (column or JSON path). */
export interface RowProblem {
  readonly field: string;
  readonly message: string;
}

/** One row of a report's input, mapped to a complaint record (or the problems that stopped it). */
export interface InputRow {
  /** CSV rows are numbered as in a spreadsheet (header = row 1); NDJSON by line. */
  readonly unit: 'row' | 'line';
  readonly number: number;
  readonly reference?: string;
  readonly record?: ComplaintRecordInput;
  readonly problems: RowProblem[];
}

/** Turns a text stream into input rows, chunk by chunk (CSV and NDJSON readers share this shape). */
export interface RowReader {
  push(chunk: string): InputRow[];
  end(): InputRow[];
}
