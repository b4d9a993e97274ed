/**
 * @module extension/lib/csv-import/read-rows
 *
 * Read a CRM's CSV export into complaints, row by row, with every bad row kept and explained
 * (row number as a spreadsheet shows it, the column, what is wrong). Nothing is stored here: the
 * user sees the preview and confirms first.
 */
import { CaseFacts, dateFactNames, type CaseEvidence, type CaseFactName } from '@complaint-code/shared';
// The SDK's streaming RFC 4180 reader (not yet re-exported from the package entry).
import { createCsvParser, parseUkDate } from '@complaint-code/sdk';
import { parseStage } from '../read-case-facts.js';
import { unguardCell } from './formula-guard.js';
import { evidenceColumns, readEvidence } from './read-evidence.js';
import { importFieldLabels, requiredImportFields, type ColumnMapping, type ImportField } from './mapping.js';

/** A parsed file: the header row and the records under it. */
export interface CsvTable {
  headers: string[];
  records: { row: number; fields: string[]; problem?: string }[];
}

/**
 * @example
 * readCsvTable('Reference,Date received\nHC-1,02/11/2026\n');
 * //=> { headers: ['Reference', 'Date received'], records: [{ row: 2, fields: ['HC-1', '02/11/2026'] }] }
 */
export function readCsvTable(text: string): CsvTable {
  const parser = createCsvParser();
  const all = [...parser.push(text), ...parser.end()];
  const [header, ...records] = all;
  return {
    headers: (header?.fields ?? []).map((field) => field.trim()),
    records: records.map((record) => ({ row: record.row, fields: record.fields, ...(record.problem ? { problem: record.problem } : {}) })),
  };
}

/** A row ready to store. */
export interface ImportRow {
  row: number;
  url: string;
  facts: CaseFacts;
  /** The evidence columns `complaint-code report` reads (outcomes, category, a remedy, updates, refusals), if any. */
  evidence?: CaseEvidence;
}

/** A row that will not be imported, and why. */
export interface BadRow {
  row: number;
  reference?: string;
  reasons: string[];
}

export interface ImportPreview {
  rows: ImportRow[];
  bad: BadRow[];
}

const DATE_FIELDS = new Set<ImportField>(dateFactNames);
const EMPTY = new Set(['', '-', '–', 'n/a', 'none', 'null']);

/**
 * Check every record against the mapping. `origin` is the CRM the export came from: a link to any
 * other site is refused (the panel opens these links).
 *
 * @example
 * previewImport(table, { reference: 0, stage1ReceivedOn: 1 }, 'https://crm.example');
 * //=> { rows: [{ row: 2, url: '', facts: { reference: 'HC-1', stage1ReceivedOn: '2026-11-02' } }], bad: [] }
 */
export function previewImport(table: CsvTable, mapping: ColumnMapping, origin: string): ImportPreview {
  const preview = createPreview(table, mapping, origin);
  for (const record of table.records) preview.check(record);
  return preview.result;
}

/**
 * The same check as `previewImport`, spread over tasks of about `sliceMs` (`yieldTo` between them), so
 * 10,000 rows never block the page for long. `undefined` when `signal` aborted it (a newer mapping).
 *
 * @example
 * await previewImportInSlices(table, mapping, 'https://crm.example'); //=> { rows: [...], bad: [...] }
 */
export async function previewImportInSlices(
  table: CsvTable,
  mapping: ColumnMapping,
  origin: string,
  options: { sliceMs?: number; signal?: AbortSignal; yieldTo?: () => Promise<void> } = {},
): Promise<ImportPreview | undefined> {
  const { sliceMs = 12, signal, yieldTo = () => new Promise<void>((resolve) => setTimeout(resolve, 0)) } = options;
  const preview = createPreview(table, mapping, origin);
  let sliceStart = performance.now();
  for (const record of table.records) {
    preview.check(record);
    if (performance.now() - sliceStart > sliceMs) {
      await yieldTo();
      if (signal?.aborted) return undefined;
      sliceStart = performance.now();
    }
  }
  return signal?.aborted ? undefined : preview.result;
}

/** The check of one record at a time, with what it has found so far. */
function createPreview(table: CsvTable, mapping: ColumnMapping, origin: string): { check(record: CsvTable['records'][number]): void; result: ImportPreview } {
  const rows: ImportRow[] = [];
  const bad: BadRow[] = [];
  const firstRowOf = new Map<string, number>();
  const evidenceIndex = evidenceColumns(table.headers);
  const check = (record: CsvTable['records'][number]): void => {
    // A malformed record's cells are a guess: name the CSV problem alone, not what the guess lacks.
    if (record.problem) {
      bad.push({ row: record.row, reasons: [record.problem] });
      return;
    }
    const reasons: string[] = [];
    const cell = (field: ImportField) => {
      const index = mapping[field];
      // The export guards formula-like cells with a `'`: take back exactly that, so export → import is lossless.
      return index === undefined ? '' : unguardCell((record.fields[index] ?? '').trim());
    };
    const facts: Record<string, unknown> = {};
    let url = '';
    for (const [field, index] of Object.entries(mapping) as [ImportField, number | undefined][]) {
      if (index === undefined) continue;
      const value = cell(field);
      const label = importFieldLabels[field];
      if (EMPTY.has(value.toLowerCase())) {
        if (requiredImportFields.includes(field)) reasons.push(`${label} is empty`);
        continue;
      }
      if (DATE_FIELDS.has(field)) {
        const parsed = parseUkDate(value);
        if (parsed.ok) facts[field] = parsed.date;
        else reasons.push(`${label}: ${parsed.message}`);
      } else if (field === 'stage') {
        const stage = parseStage(value);
        if (stage) facts.stage = stage;
        else reasons.push(`${label}: "${value}" is not Stage 1 or Stage 2`);
      } else if (field === 'url') {
        try {
          const parsed = new URL(value);
          if (parsed.origin === origin) url = parsed.href;
          else reasons.push(`${label}: ${value} is not on ${origin}`);
        } catch {
          reasons.push(`${label}: "${value}" is not a web address`);
        }
      } else {
        facts[field as CaseFactName] = value.slice(0, 200);
      }
    }
    for (const field of requiredImportFields) {
      if (mapping[field] === undefined) reasons.push(`${importFieldLabels[field]}: no column chosen`);
    }
    const reference = typeof facts.reference === 'string' ? facts.reference : undefined;
    if (reference !== undefined) {
      const earlier = firstRowOf.get(reference);
      if (earlier !== undefined) reasons.push(`${reference} is also in row ${earlier}`);
      else firstRowOf.set(reference, record.row);
    }
    const evidence = evidenceIndex ? readEvidence(evidenceIndex, record.fields) : undefined;
    if (evidence) reasons.push(...evidence.reasons);
    if (reasons.length === 0) {
      const checked = CaseFacts.safeParse(facts);
      if (checked.success) rows.push({ row: record.row, url, facts: checked.data, ...(evidence?.evidence ? { evidence: evidence.evidence } : {}) });
      else reasons.push(...checked.error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`));
    }
    if (reasons.length > 0) bad.push({ row: record.row, ...(reference ? { reference } : {}), reasons });
  };
  return { check, result: { rows, bad } };
}
