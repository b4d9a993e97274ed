import type { RuleSetId } from '../rules/RuleSet.js';
import type { Deadline, DeadlineState } from './Deadline.js';
import type { Finding } from './Finding.js';

/**
 * A complaint's deadlines, where it stands, and what went wrong.
 *
 * @example
 * ```ts
 * const timeline: Timeline = complaintTimeline(record, { today: '2027-01-04' });
 * if (timeline.next) console.log(`${timeline.next.title}: ${timeline.next.explanation}`);
 * ```
 */
export interface Timeline {
  reference: string;
  ruleSet: RuleSetId;
  /** The stage the complaint has reached. */
  stage: 1 | 2;
  /** Stage 2 answered, or stage 1 answered with no stage 2 requested. */
  closed: boolean;
  /** Every deadline that applies so far, in order. */
  deadlines: Deadline[];
  /** The current step: the first deadline not done yet. */
  next?: Deadline;
  /** `next`'s state; when every step is done, `'met'` if all were met, else `'met-late'`. */
  state: DeadlineState;
  /** `next`'s working days left. */
  workingDaysLeft?: number;
  findings: Finding[];
}
