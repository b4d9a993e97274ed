import { deadlineStateWords, workingDaysWords, type Timeline } from '../../index.js';
import type { InputRow, RowProblem } from './input-row.js';
import { provisionJson } from '../provision-json.js';

type Where = Pick<InputRow, 'unit' | 'number'>;

// Fixed widths: the report streams, so columns cannot be sized to the longest value. ROW fits
// "row 1234567890" and "line 123456789" with a space to spare (10 was full at row 100,000).
const COLUMNS = [
  ['ROW', 15],
  ['REFERENCE', 16],
  ['STAGE', 6],
  ['NEXT STEP', 26],
  ['DUE ON', 12],
  ['STATE', 14],
  ['WORKING DAYS', 24],
] as const;

function line(cells: string[]): string {
  let text = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    const width = COLUMNS[i]?.[1] ?? 0;
    // A value as wide as its column still gets one space, so two cells never run together.
    text += cell.length >= width && i < cells.length - 1 ? `${cell} ` : cell.padEnd(width);
  }
  return text.trimEnd() + '\n';
}

const SPACES = ' '.repeat(32);
/** One cell of {@link line} (not the last): padded to its column, or followed by one space when as wide. */
function cellText(cell: string, width: number): string {
  return cell.length >= width ? `${cell} ` : cell + SPACES.slice(0, width - cell.length);
}

/** The header line of the text report. */
export const CASE_TEXT_HEADER = line([...COLUMNS.map(([name]) => name), 'FINDINGS']);

/**
 * One aligned text line for a case (or for a bad row, marked "not read: see the message").
 *
 * @example
 * caseTextLine({ unit: 'row', number: 2 }, timeline);
 * // "row 2     HA-1            1     Stage 1 response          2026-11-20  Overdue       3 working days late     late-response\n"
 */
export function caseTextLine(where: Where, timeline: Timeline | undefined, reference?: string): string {
  const at = `${where.unit} ${where.number}`;
  if (timeline === undefined) return line([at, reference ?? '', '', 'not read: see the message', '', 'Invalid', '']);
  const next = timeline.next;
  // A closed case shows its last step: when it was due and when it was done.
  const last = next ?? timeline.deadlines.at(-1);
  let findings = '';
  for (const finding of timeline.findings) findings = findings === '' ? finding.code : `${findings}, ${finding.code}`;
  // As line([...]) does, without the array: the same widths, and trailing spaces trimmed.
  // The widths are COLUMNS', the one place they are set (the header is drawn from the same list).
  const text =
    cellText(at, COLUMNS[0][1]) +
    cellText(timeline.reference, COLUMNS[1][1]) +
    cellText(String(timeline.stage), COLUMNS[2][1]) +
    cellText(next?.title ?? 'Closed', COLUMNS[3][1]) +
    cellText(last?.dueOn ?? '', COLUMNS[4][1]) +
    cellText(deadlineStateWords(timeline.state), COLUMNS[5][1]) +
    cellText(next === undefined ? (last?.doneOn ? `done ${last.doneOn}` : '') : workingDaysWords(timeline.workingDaysLeft), COLUMNS[6][1]) +
    findings;
  // Finding codes never end in a space, so only a line without findings has anything to trim.
  return `${findings === '' ? text.trimEnd() : text}\n`;
}

/**
 * One case of `report --json`: where it came from, its state, every deadline, the findings (as
 * codes with the provision they rest on, in the one provision shape of every `--json`).
 *
 * @example
 * caseJson({ unit: 'row', number: 2 }, timeline);
 * // { row: 2, reference: 'HA-1', ruleSet: 'ho-2024', stage: 1, closed: false, state: 'overdue', … }
 */
export function caseJson(where: Where, timeline: Timeline) {
  return {
    [where.unit]: where.number,
    reference: timeline.reference,
    ruleSet: timeline.ruleSet,
    stage: timeline.stage,
    closed: timeline.closed,
    state: timeline.state,
    workingDaysLeft: timeline.workingDaysLeft ?? null,
    nextStep: timeline.next?.id ?? null,
    dueOn: timeline.next?.dueOn ?? null,
    deadlines: timeline.deadlines.map((deadline) => ({
      id: deadline.id,
      codeDueOn: deadline.codeDueOn,
      dueOn: deadline.dueOn,
      latestExtendedDueOn: deadline.latestExtendedDueOn,
      targetDueOn: deadline.targetDueOn,
      doneOn: deadline.doneOn,
      state: deadline.state,
      workingDaysLeft: deadline.workingDaysLeft,
    })),
    // Codes, not sentences: a million-row report stays a size people can use
    // (`complaint-code deadlines` gives the words for one case).
    findings: timeline.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      provision: provisionJson(finding.provision),
      ...(finding.deadlineId && { deadlineId: finding.deadlineId }),
    })),
  };
}

/**
 * A bad row in `report --json`: where it is and what is wrong, so the output keeps one entry per row.
 *
 * @example
 * problemJson({ unit: 'row', number: 17 }, 'HA-17', [{ field: 'stage1_received_on', message: '2026-02-30 is not a real date' }]);
 * // { row: 17, reference: 'HA-17', errors: [{ field: 'stage1_received_on', message: '2026-02-30 is not a real date' }] }
 */
export function problemJson(where: Where, reference: string | undefined, problems: RowProblem[]) {
  return { [where.unit]: where.number, reference: reference ?? null, errors: problems };
}

/**
 * The standard-error line(s) for a bad row: `row 17: stage1_received_on: 2026-02-30 is not a real date`.
 *
 * @example
 * problemLine({ unit: 'row', number: 17 }, 'HA-17', [{ field: 'rule_set', message: 'unknown rule set "ho-2099"' }]);
 * // 'row 17: rule_set: unknown rule set "ho-2099" (reference HA-17)\n'
 */
export function problemLine(where: Where, reference: string | undefined, problems: RowProblem[]): string {
  // A malformed row's "reference" can be a whole line of junk: quote only its start.
  const shown = reference !== undefined && reference.length > 40 ? `${reference.slice(0, 40)}…` : reference;
  const suffix = shown === undefined ? '' : ` (reference ${shown})`;
  return problems.map((problem) => `${where.unit} ${where.number}: ${problem.field === '' ? '' : `${problem.field}: `}${problem.message}${suffix}\n`).join('');
}
