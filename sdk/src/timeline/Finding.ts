import type { Provision } from '../rules/RuleSet.js';
import type { DeadlineId } from './Deadline.js';

/**
 * What a finding is about. Stable codes: safe to switch on and to store.
 *
 * @example
 * ```ts
 * if (finding.code === 'same-handler-both-stages') assignNewReviewer();
 * ```
 */
export type FindingCode =
  | 'late-acknowledgement'
  | 'late-response'
  | 'extension-beyond-cap'
  | 'extension-notified-late'
  | 'extension-without-reason'
  | 'same-handler-both-stages'
  | 'older-than-12-months'
  | 'outside-acceptance-window'
  | 'acknowledgement-not-recorded'
  | 'keep-resident-informed'
  /** A recorded date is after today: it cannot be a fact yet, so the record needs checking. */
  | 'date-in-future'

  // Evidence findings (./evidence-findings.ts)
  | 'remedy-overdue'
  | 'remedy-completed-late'
  | 'remedy-without-due-date'
  | 'keep-informed-interval-not-agreed'
  | 'keep-informed-update-missed'
  | 'refusal-not-explained'
  | 'refusal-ombudsman-right-not-given'
  | 'refusal-discretion-not-considered'
  | 'escalation-refused'
  | 'point-without-outcome';

/**
 * Something about a complaint's handling a person should know, as data: a stable `code`, how serious it
 * is, the provision it rests on and a plain-English message.
 *
 * - `breach`: the Code was not followed;
 * - `warning`: likely a problem, or a record that needs fixing;
 * - `advice`: a judgement the landlord must make (e.g. discretion for an old complaint).
 *
 * @example
 * ```ts
 * complaintTimeline(record, { today }).findings;
 * //=> [{ code: 'late-acknowledgement', severity: 'breach', provision: { ref: '6.2', … }, message: 'Stage 1 acknowledgement was 1 working day late: …', deadlineId: 'stage1-acknowledgement' }]
 * ```
 */
export interface Finding {
  code: FindingCode;
  severity: 'breach' | 'warning' | 'advice';
  provision: Provision;
  message: string;
  /** The deadline the finding is about, if any. */
  deadlineId?: DeadlineId;
}
