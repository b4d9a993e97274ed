// A small streaming RFC 4180 CSV reader with no dependencies (Node or browser).
export { createCsvParser, type CsvParser, type CsvRecord } from './create-csv-parser.js';
export { parseCsvText } from './parse-csv-text.js';
export { csvColumns, csvColumnFor, squashHeader, type CsvColumn } from './columns.js';
