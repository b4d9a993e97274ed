import { refusalGrounds } from '../../timeline/evidence.js';
import type { RowProblem } from './input-row.js';

/**
 * The CSV columns for the evidence a complaint record keeps (outcomes, category, one remedy a row,
 * keeping informed, refusals), with their record paths. Lists inside a cell: points separated by `|`,
 * each `point=outcome` (outcome optional); update dates separated by `;` or spaces.
 *
 * @example
 * ```ts
 * EVIDENCE_COLUMNS.category; //=> 'category'
 * ```
 */
export const EVIDENCE_COLUMNS = {
  category: 'category',
  'stage1.outcome': 'stage1_outcome',
  'stage1.points': 'stage1_points',
  'stage2.outcome': 'stage2_outcome',
  'stage2.points': 'stage2_points',
  'remedies.0.action': 'remedy',
  'remedies.0.dueOn': 'remedy_due_on',
  'remedies.0.doneOn': 'remedy_done_on',
  'keepInformed.agreedOn': 'update_interval_agreed_on',
  'keepInformed.intervalDays': 'update_interval_days',
  'keepInformed.updatesSentOn': 'updates_sent_on',
  'refusedToAccept.decidedOn': 'not_accepted_on',
  'refusedToAccept.grounds': 'not_accepted_grounds',
  'refusedToAccept.reason': 'not_accepted_reason',
  'refusedToAccept.explainedOn': 'not_accepted_explained_on',
  'refusedToAccept.ombudsmanRightGiven': 'not_accepted_ombudsman_right_given',
  'refusedToAccept.discretionConsidered': 'not_accepted_discretion_considered',
  'refusedToEscalate.requestedOn': 'escalation_refused_requested_on',
  'refusedToEscalate.decidedOn': 'escalation_refused_on',
  'refusedToEscalate.grounds': 'escalation_refused_grounds',
  'refusedToEscalate.reason': 'escalation_refused_reason',
  'refusedToEscalate.explainedOn': 'escalation_refused_explained_on',
} as const;

type Path = keyof typeof EVIDENCE_COLUMNS;
/** Column positions of the evidence columns (-1 = absent). */
export type EvidenceColumnIndex = Record<Path, number>;

/** Help text for `report --help` and `annual-report --help`. */
export const EVIDENCE_COLUMNS_HELP = `Evidence columns (optional; for the annual report and the findings on outcomes, remedies,
keeping informed and refusals):
  category, stage1_outcome, stage2_outcome (the landlord's words: Upheld, Partly upheld…),
  stage1_points, stage2_points (points of the complaint definition: "Leak=Upheld|Delay=Not upheld"),
  remedy, remedy_due_on, remedy_done_on (one remedy or outstanding action a row),
  update_interval_agreed_on, update_interval_days, updates_sent_on ("2027-01-25;2027-02-01"),
  not_accepted_on, not_accepted_grounds, not_accepted_reason, not_accepted_explained_on,
  not_accepted_ombudsman_right_given (yes/no), not_accepted_discretion_considered (yes/no),
  escalation_refused_requested_on, escalation_refused_on, escalation_refused_grounds,
  escalation_refused_reason, escalation_refused_explained_on
  Grounds: ${refusalGrounds.join(', ')}.`;

/**
 * Finds the evidence columns in a header (names already trimmed and lower-cased).
 *
 * @example
 * ```ts
 * evidenceColumnIndex(['reference', 'category']).category; //=> 1
 * ```
 */
export function evidenceColumnIndex(names: readonly string[]): EvidenceColumnIndex {
  return Object.fromEntries(Object.entries(EVIDENCE_COLUMNS).map(([path, column]) => [path, names.indexOf(column)])) as EvidenceColumnIndex;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/**
 * Puts the evidence cells of a row into `complaint` (a record being built; stage objects already there).
 * A cell that cannot be read (yes/no, a number) becomes a problem naming its column; the schema checks the rest.
 *
 * @example
 * ```ts
 * addEvidence(complaint, (at) => fields[at], index, problems);
 * ```
 */
export function addEvidence(complaint: Record<string, unknown>, cell: (at: number) => string | undefined, index: EvidenceColumnIndex, problems: RowProblem[]): void {
  const get = (path: Path) => cell(index[path]);
  const yesNo = (path: Path): boolean | undefined => {
    const value = get(path);
    if (value === undefined) return undefined;
    const lower = value.toLowerCase();
    if (YES.has(lower)) return true;
    if (NO.has(lower)) return false;
    problems.push({ field: EVIDENCE_COLUMNS[path], message: `"${value}" is not yes or no` });
    return undefined;
  };
  const put = (target: Record<string, unknown>, key: string, value: unknown) => {
    if (value !== undefined) target[key] = value;
  };
  const group = (paths: Path[], build: (target: Record<string, unknown>) => void): Record<string, unknown> | undefined => {
    if (paths.every((path) => get(path) === undefined)) return undefined;
    const target: Record<string, unknown> = {};
    build(target);
    return target;
  };

  put(complaint, 'category', get('category'));
  for (const stage of ['stage1', 'stage2'] as const) {
    const target = complaint[stage] as Record<string, unknown> | undefined;
    const outcome = get(`${stage}.outcome`);
    const points = get(`${stage}.points`);
    if (target === undefined) {
      // No stage 2 columns filled: an outcome alone names the missing request date through the schema.
      if (outcome !== undefined || points !== undefined) complaint[stage] = { ...(outcome !== undefined && { outcome }) };
      continue;
    }
    put(target, 'outcome', outcome);
    if (points !== undefined) {
      target['points'] = points.split('|').map((part) => part.trim()).filter((part) => part !== '').map((part) => {
        const at = part.lastIndexOf('=');
        const point = at === -1 ? part : part.slice(0, at).trim();
        const pointOutcome = at === -1 ? '' : part.slice(at + 1).trim();
        return pointOutcome === '' ? { point } : { point, outcome: pointOutcome };
      });
    }
  }
  const remedy = group(['remedies.0.action', 'remedies.0.dueOn', 'remedies.0.doneOn'], (target) => {
    put(target, 'action', get('remedies.0.action') ?? '');
    put(target, 'dueOn', get('remedies.0.dueOn'));
    put(target, 'doneOn', get('remedies.0.doneOn'));
  });
  if (remedy) complaint['remedies'] = [remedy];
  const informed = group(['keepInformed.agreedOn', 'keepInformed.intervalDays', 'keepInformed.updatesSentOn'], (target) => {
    put(target, 'agreedOn', get('keepInformed.agreedOn'));
    const days = get('keepInformed.intervalDays');
    if (days !== undefined) {
      if (/^\d+$/.test(days)) target['intervalDays'] = Number(days);
      else problems.push({ field: 'update_interval_days', message: `"${days}" is not a whole number of days` });
    }
    const sent = get('keepInformed.updatesSentOn');
    if (sent !== undefined) target['updatesSentOn'] = sent.split(/[;\s]+/).filter((day) => day !== '');
  });
  if (informed) complaint['keepInformed'] = informed;
  const notAccepted = group(['refusedToAccept.decidedOn', 'refusedToAccept.grounds', 'refusedToAccept.reason', 'refusedToAccept.explainedOn', 'refusedToAccept.ombudsmanRightGiven', 'refusedToAccept.discretionConsidered'], (target) => {
    for (const key of ['decidedOn', 'grounds', 'reason', 'explainedOn'] as const) put(target, key, get(`refusedToAccept.${key}`));
    put(target, 'ombudsmanRightGiven', yesNo('refusedToAccept.ombudsmanRightGiven'));
    put(target, 'discretionConsidered', yesNo('refusedToAccept.discretionConsidered'));
  });
  if (notAccepted) complaint['refusedToAccept'] = notAccepted;
  const escalation = group(['refusedToEscalate.requestedOn', 'refusedToEscalate.decidedOn', 'refusedToEscalate.grounds', 'refusedToEscalate.reason', 'refusedToEscalate.explainedOn'], (target) => {
    for (const key of ['requestedOn', 'decidedOn', 'grounds', 'reason', 'explainedOn'] as const) put(target, key, get(`refusedToEscalate.${key}`));
  });
  if (escalation) complaint['refusedToEscalate'] = escalation;
}
