import type { IsoDate } from '../dates/isoDate.js';
import type { Provision } from '../rules/RuleSet.js';
import { deepFreeze } from '../errors/deep-freeze.js';

/**
 * The four Code deadlines of a complaint, in order.
 *
 * @example
 * ```ts
 * const id: DeadlineId = 'stage2-response';
 * ```
 */
export type DeadlineId = 'stage1-acknowledgement' | 'stage1-response' | 'stage2-acknowledgement' | 'stage2-response';

/**
 * Every deadline id, in the order the steps happen.
 *
 * @example
 * ```ts
 * deadlineIds[0]; //=> 'stage1-acknowledgement'
 * ```
 */
export const deadlineIds: readonly DeadlineId[] = /* @__PURE__ */ deepFreeze([
  'stage1-acknowledgement',
  'stage1-response',
  'stage2-acknowledgement',
  'stage2-response',
]);

/**
 * Where a deadline stands:
 * - `on-track`: not done, more than the "due soon" threshold left;
 * - `due-soon`: not done, within the threshold (default 2 working days);
 * - `due-today`: not done, due today;
 * - `overdue`: not done, the due date has passed;
 * - `met`: done on or before the due date;
 * - `met-late`: done after the due date.
 *
 * @example
 * ```ts
 * const state: DeadlineState = complaintTimeline(record, { today }).state; //=> e.g. 'due-soon'
 * ```
 */
export type DeadlineState = 'on-track' | 'due-soon' | 'due-today' | 'overdue' | 'met' | 'met-late';

/**
 * One deadline of a complaint, with its provision and an explanation a person can read.
 *
 * @example
 * ```ts
 * const [acknowledgement] = complaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-12-18' } }, { today: '2026-12-18' }).deadlines;
 * acknowledgement?.dueOn;          //=> '2026-12-29'
 * acknowledgement?.provision.ref;  //=> '6.2'
 * ```
 */
export interface Deadline {
  id: DeadlineId;
  stage: 1 | 2;
  step: 'acknowledge' | 'respond';
  /** E.g. `'Stage 1 acknowledgement'`. */
  title: string;
  /** The day the clock starts (day 0). */
  clockStartsOn: IsoDate;
  /** What the clock starts from, in words: `'received'`, `'acknowledged'`, `'acknowledgement deadline'`, `'escalation requested'`. */
  clockStartsFrom: 'received' | 'escalation-requested' | 'acknowledged' | 'acknowledgement-deadline';
  /** Working days the Code allows from the clock start. */
  workingDays: number;
  /** The Code deadline before any extension. */
  codeDueOn: IsoDate;
  /** The deadline after valid extensions (= `codeDueOn` when none). */
  dueOn: IsoDate;
  /** The latest the Code allows an extension to reach without good reason (responses only). */
  latestExtendedDueOn?: IsoDate;
  /** The landlord's own stricter target, shown beside the Code deadline. */
  targetDueOn?: IsoDate;
  /** When the step was done, if it was. */
  doneOn?: IsoDate;
  /** True when `doneOn` was not recorded but implied (a response also acknowledges). */
  doneOnImplied?: boolean;
  state: DeadlineState;
  /** For steps not done: working days to `dueOn` (0 = due today, negative = late). */
  workingDaysLeft?: number;
  provision: Provision;
  explanation: string;
}
