import { createCsvParser, csvColumnFor, type CsvRecord } from '../../csv/index.js';
import { parseUkDate } from '../../dates/index.js';
import { ruleSetIds, type ComplaintRecordInput } from '../../index.js';
import { UsageError } from '../io.js';
import { addEvidence, EVIDENCE_COLUMNS, evidenceColumnIndex, type EvidenceColumnIndex } from './csv-evidence-columns.js';
import type { InputRow, RowProblem, RowReader } from './input-row.js';

/**
 * The columns `complaint-code report` reads from a CSV export, with the record field each fills.
 * Headers are matched through the SDK's one header map ({@link csvColumnFor}): `stage1_received_on`, `Stage 1 received`
 * (the extension's export) and any case or spacing; other columns are ignored. Empty cells mean "not recorded".
 * Dates are `2026-11-02`, `02/11/2026` or `2 Nov 2026` (day first, never month first). One extension per stage.
 *
 * | column | meaning |
 * |---|---|
 * | `reference` (required) | the landlord's complaint reference |
 * | `rule_set` | `ho-2024`, `ho-2022`, `joint-draft-2023` or `lgsco-2024`; empty = chosen from the received date |
 * | `issue_occurred_on`, `resident_aware_on` | for the 12-month acceptance window |
 * | `stage1_received_on` (required) | the day the complaint was received |
 * | `stage1_acknowledged_on`, `stage1_responded_on` | when stage 1 was acknowledged and answered |
 * | `stage1_handler` | who handled stage 1 (to check stage 2 goes to someone else) |
 * | `stage1_extended_to` | the new response date given to the resident |
 * | `stage1_extension_notified_on` | when the resident was told about the extension |
 * | `stage1_extension_reason` | the reason given |
 * | `stage1_extension_good_reason` | `yes`/`no`: whether there is good reason to go past the Code's cap |
 * | `stage2_requested_on` | the day the escalation request was received (required if any stage2 column is filled) |
 * | `stage2_acknowledged_on` … `stage2_extension_good_reason` | as for stage 1 |
 */
export const CSV_COLUMNS = [
  'reference',
  'rule_set',
  'issue_occurred_on',
  'resident_aware_on',
  'stage1_received_on',
  'stage1_acknowledged_on',
  'stage1_responded_on',
  'stage1_handler',
  'stage1_extended_to',
  'stage1_extension_notified_on',
  'stage1_extension_reason',
  'stage1_extension_good_reason',
  'stage2_requested_on',
  'stage2_acknowledged_on',
  'stage2_responded_on',
  'stage2_handler',
  'stage2_extended_to',
  'stage2_extension_notified_on',
  'stage2_extension_reason',
  'stage2_extension_good_reason',
  ...Object.values(EVIDENCE_COLUMNS),
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/** Record path (as validation issues name it) → column. */
const PATH_TO_COLUMN: Record<string, Column> = {
  reference: 'reference',
  ruleSet: 'rule_set',
  issueOccurredOn: 'issue_occurred_on',
  residentAwareOn: 'resident_aware_on',
};
for (const stage of ['stage1', 'stage2'] as const) {
  const [firstPath, firstColumn] = stage === 'stage1' ? (['receivedOn', 'stage1_received_on'] as const) : (['requestedOn', 'stage2_requested_on'] as const);
  PATH_TO_COLUMN[`${stage}.${firstPath}`] = firstColumn;
  PATH_TO_COLUMN[stage] = firstColumn;
  PATH_TO_COLUMN[`${stage}.acknowledgedOn`] = `${stage}_acknowledged_on`;
  PATH_TO_COLUMN[`${stage}.respondedOn`] = `${stage}_responded_on`;
  PATH_TO_COLUMN[`${stage}.handlerId`] = `${stage}_handler`;
  PATH_TO_COLUMN[`${stage}.extensions`] = `${stage}_extended_to`;
  PATH_TO_COLUMN[`${stage}.extensions.0`] = `${stage}_extended_to`;
  PATH_TO_COLUMN[`${stage}.extensions.0.newDueOn`] = `${stage}_extended_to`;
  PATH_TO_COLUMN[`${stage}.extensions.0.notifiedOn`] = `${stage}_extension_notified_on`;
  PATH_TO_COLUMN[`${stage}.extensions.0.reason`] = `${stage}_extension_reason`;
  PATH_TO_COLUMN[`${stage}.extensions.0.goodReason`] = `${stage}_extension_good_reason`;
}

/**
 * Names a validation path (`stage1.acknowledgedOn`) by its CSV column (`stage1_acknowledged_on`).
 *
 * @example
 * csvFieldName('stage2.extensions.0.notifiedOn'); // 'stage2_extension_notified_on'
 */
export function csvFieldName(path: string): string {
  const column = PATH_TO_COLUMN[path];
  if (column !== undefined) return column;
  // Evidence paths name their column by the longest known prefix (stage1.points.0.point → stage1_points).
  const evidence = EVIDENCE_COLUMNS as Record<string, string>;
  for (let prefix = path; prefix.includes('.'); prefix = prefix.slice(0, prefix.lastIndexOf('.'))) {
    const named = evidence[prefix];
    if (named !== undefined) return named;
  }
  if (path === 'remedies' || path.startsWith('remedies.')) return evidence[`remedies.0.${path.split('.')[2] ?? 'action'}`] ?? 'remedy';
  return path;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/**
 * Reads a CSV export (see {@link CSV_COLUMNS}) chunk by chunk: the first record is the header,
 * each later record becomes an {@link InputRow}. Throws a {@link UsageError} only for a header
 * that lacks a required column; anything wrong in a data row stays with that row.
 *
 * @example
 * const reader = createCsvRowReader();
 * reader.push('reference,stage1_received_on\nHA-1,2026-11-02\n');
 * // → [{ unit: 'row', number: 2, reference: 'HA-1', record: { reference: 'HA-1', stage1: { receivedOn: '2026-11-02' } }, problems: [] }]
 */
export function createCsvRowReader(options: { defaultRuleSet?: string; onIgnoredColumns?: (names: string[]) => void } = {}): RowReader {
  const parser = createCsvParser();
  let columns: ColumnIndex | undefined;

  function readHeader(record: CsvRecord): ColumnIndex {
    const names = record.fields.map((header) => csvColumnFor(header)?.name);
    const at = (column: Column) => names.indexOf(column);
    const missing = (['reference', 'stage1_received_on'] as const).filter((column) => at(column) === -1);
    if (missing.length > 0) {
      throw new UsageError(
        `The CSV header (row ${record.row}) has no ${missing.join(' or ')} column. ` +
          `Columns read: ${CSV_COLUMNS.join(', ')}. See "complaint-code report --help".`,
      );
    }
    const ignored = record.fields.filter((header, i) => header.trim() !== '' && names[i] === undefined).map((header) => header.trim());
    if (ignored.length > 0) options.onIgnoredColumns?.(ignored);
    const stage = (prefix: 'stage1' | 'stage2', first: Column): StageColumns => ({
      prefix,
      first: at(first),
      acknowledgedOn: at(`${prefix}_acknowledged_on`),
      respondedOn: at(`${prefix}_responded_on`),
      handlerId: at(`${prefix}_handler`),
      newDueOn: at(`${prefix}_extended_to`),
      notifiedOn: at(`${prefix}_extension_notified_on`),
      reason: at(`${prefix}_extension_reason`),
      goodReason: at(`${prefix}_extension_good_reason`),
      names: {
        first,
        acknowledgedOn: `${prefix}_acknowledged_on`,
        respondedOn: `${prefix}_responded_on`,
        newDueOn: `${prefix}_extended_to`,
        notifiedOn: `${prefix}_extension_notified_on`,
        goodReason: `${prefix}_extension_good_reason`,
      },
    });
    const evidence = evidenceColumnIndex(names.map((name) => name ?? ''));
    return {
      reference: at('reference'),
      ruleSet: at('rule_set'),
      issueOccurredOn: at('issue_occurred_on'),
      residentAwareOn: at('resident_aware_on'),
      stage1: stage('stage1', 'stage1_received_on'),
      stage2: stage('stage2', 'stage2_requested_on'),
      evidence,
      hasEvidence: Object.values(evidence).some((index) => index >= 0),
    };
  }

  function map(records: CsvRecord[]): InputRow[] {
    const rows: InputRow[] = [];
    for (const record of records) {
      if (columns === undefined) columns = readHeader(record);
      else rows.push(toRow(record, columns, options.defaultRuleSet));
    }
    return rows;
  }

  return {
    push: (chunk) => map(parser.push(chunk)),
    end: () => map(parser.end()),
  };
}

// Column positions, worked out once from the header (-1 = absent). The per-row code below runs a
// million times in a big report, so it reads cells by number and builds plain objects directly.
interface StageColumns {
  prefix: 'stage1' | 'stage2';
  first: number;
  acknowledgedOn: number;
  respondedOn: number;
  handlerId: number;
  newDueOn: number;
  notifiedOn: number;
  reason: number;
  goodReason: number;
  /** The column names problems are reported under. */
  names: { first: Column; acknowledgedOn: string; respondedOn: string; newDueOn: string; notifiedOn: string; goodReason: string };
}
interface ColumnIndex {
  reference: number;
  ruleSet: number;
  issueOccurredOn: number;
  residentAwareOn: number;
  stage1: StageColumns;
  stage2: StageColumns;
  evidence: EvidenceColumnIndex;
  /** Whether the header has any evidence column at all. */
  hasEvidence: boolean;
}

/** A cell's value, trimmed; undefined when the column is absent or the cell is empty. */
function cell(fields: string[], at: number): string | undefined {
  if (at < 0) return undefined;
  const value = fields[at];
  if (value === undefined || value === '') return undefined;
  // Trim only when needed: most cells have no surrounding spaces.
  if (value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Whether `value` is shaped `dddd-dd-dd` (what /^\d{4}-\d{2}-\d{2}$/ tests), without a regex: seven date cells a row. */
function isoShaped(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A date cell as an ISO date: `2026-11-02` passes as it is (the schema checks it is real), a UK date
 * (`02/11/2026`, `2 Nov 2026`) is converted. A cell that is no date keeps its text, with the reason as a problem.
 */
function dateCell(fields: string[], at: number, column: string, problems: RowProblem[]): string | undefined {
  const value = cell(fields, at);
  if (value === undefined || isoShaped(value)) return value;
  const parsed = parseUkDate(value);
  if (parsed.ok) return parsed.date;
  problems.push({ field: column, message: parsed.message });
  return value;
}

function stageFromRow(fields: string[], columns: StageColumns, problems: RowProblem[]): Record<string, unknown> | undefined {
  // Straight-line code with the column names worked out once (no loops over keys, no names built a row).
  const names = columns.names;
  const stage: Record<string, unknown> = {};
  let filled = false;
  const first = dateCell(fields, columns.first, names.first, problems);
  if (first !== undefined) {
    stage[columns.prefix === 'stage1' ? 'receivedOn' : 'requestedOn'] = first;
    filled = true;
  }
  const acknowledgedOn = dateCell(fields, columns.acknowledgedOn, names.acknowledgedOn, problems);
  if (acknowledgedOn !== undefined) {
    stage['acknowledgedOn'] = acknowledgedOn;
    filled = true;
  }
  const respondedOn = dateCell(fields, columns.respondedOn, names.respondedOn, problems);
  if (respondedOn !== undefined) {
    stage['respondedOn'] = respondedOn;
    filled = true;
  }
  const handlerId = cell(fields, columns.handlerId);
  if (handlerId !== undefined) {
    stage['handlerId'] = handlerId;
    filled = true;
  }
  const newDueOn = dateCell(fields, columns.newDueOn, names.newDueOn, problems);
  const notifiedOn = dateCell(fields, columns.notifiedOn, names.notifiedOn, problems);
  const reason = cell(fields, columns.reason);
  const goodReason = cell(fields, columns.goodReason);
  if (newDueOn !== undefined || notifiedOn !== undefined || reason !== undefined || goodReason !== undefined) {
    const extension: Record<string, unknown> = {};
    if (newDueOn !== undefined) extension['newDueOn'] = newDueOn;
    if (notifiedOn !== undefined) extension['notifiedOn'] = notifiedOn;
    if (reason !== undefined) extension['reason'] = reason;
    if (goodReason !== undefined) {
      const lower = goodReason.toLowerCase();
      if (YES.has(lower)) extension['goodReason'] = true;
      else if (NO.has(lower)) extension['goodReason'] = false;
      else problems.push({ field: names.goodReason, message: `"${goodReason}" is not yes or no` });
    }
    stage['extensions'] = [extension];
    filled = true;
  }
  return filled ? stage : undefined;
}

function toRow(record: CsvRecord, columns: ColumnIndex, defaultRuleSet: string | undefined): InputRow {
  const { fields } = record;
  const problems: RowProblem[] = [];
  // A malformed record's cells are a guess: name the CSV problem alone, not what the guess lacks.
  if (record.problem !== undefined) return { unit: 'row', number: record.row, reference: cell(fields, columns.reference), problems: [{ field: 'CSV', message: record.problem }] };
  const complaint: Record<string, unknown> = {};
  const reference = cell(fields, columns.reference);
  if (reference !== undefined) complaint['reference'] = reference;
  const ruleSet = cell(fields, columns.ruleSet);
  if (ruleSet !== undefined && !(ruleSetIds as readonly string[]).includes(ruleSet)) {
    problems.push({ field: 'rule_set', message: `unknown rule set "${ruleSet}" (known: ${ruleSetIds.join(', ')})` });
  } else if ((ruleSet ?? defaultRuleSet) !== undefined) {
    complaint['ruleSet'] = ruleSet ?? defaultRuleSet;
  }
  const issueOccurredOn = dateCell(fields, columns.issueOccurredOn, 'issue_occurred_on', problems);
  if (issueOccurredOn !== undefined) complaint['issueOccurredOn'] = issueOccurredOn;
  const residentAwareOn = dateCell(fields, columns.residentAwareOn, 'resident_aware_on', problems);
  if (residentAwareOn !== undefined) complaint['residentAwareOn'] = residentAwareOn;
  // stage1 is always there (its received date is required), so a missing date is named by the schema.
  complaint['stage1'] = stageFromRow(fields, columns.stage1, problems) ?? {};
  const stage2 = stageFromRow(fields, columns.stage2, problems);
  if (stage2 !== undefined) complaint['stage2'] = stage2;
  // An export without evidence columns (the common case) skips the dozens of lookups a row.
  if (columns.hasEvidence) addEvidence(complaint, (at) => cell(fields, at), columns.evidence, problems);
  return { unit: 'row', number: record.row, reference, record: complaint as ComplaintRecordInput, problems };
}
