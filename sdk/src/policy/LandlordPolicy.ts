import * as z from '../errors/zod.js';
import type { DeadlineId } from '../timeline/Deadline.js';
import { strictObject } from '../errors/strict-object.js';

/**
 * The landlord's own layer on top of the Code: stricter targets shown beside the Code deadline, when a
 * deadline counts as "due soon", and how strictly extension caps are applied.
 *
 * @example
 * ```ts
 * const policy: LandlordPolicy = { dueSoonWorkingDays: 3, extensionCap: 'hard', targets: { 'stage2-response': 10 } };
 * complaintTimeline(record, { policy }).deadlines[3]?.targetDueOn;
 * ```
 */
export interface LandlordPolicy {
  /** A deadline with this many working days left or fewer is `'due-soon'` (default 2). */
  dueSoonWorkingDays?: number | undefined;
  /**
   * Extension caps: `'code'` (default) applies each rule set's own cap ("without good reason" in every
   * Code so far); `'hard'` never allows more, good reason or not; `'soft'` allows more with a good reason.
   */
  extensionCap?: 'code' | 'hard' | 'soft' | undefined;
  /**
   * Own stricter targets in working days, counted from the same clock start as the Code deadline, e.g.
   * `{ 'stage2-response': 10 }`. Shown as `targetDueOn` beside the Code deadline; never replaces it.
   */
  targets?: Partial<Record<DeadlineId, number>> | undefined;
}

const workingDays = z.number().check(z.int('Must be a whole number of working days'), z.minimum(0), z.maximum(250));

/**
 * Zod schema for a {@link LandlordPolicy}, for settings read from storage or a file.
 *
 * @example
 * ```ts
 * LandlordPolicy.parse({ dueSoonWorkingDays: 3, extensionCap: 'hard', targets: { 'stage2-response': 10 } });
 * ```
 */
export const LandlordPolicy: z.ZodMiniType<LandlordPolicy> = strictObject({
  dueSoonWorkingDays: z.optional(workingDays),
  extensionCap: z.optional(z.enum(['code', 'hard', 'soft'])),
  // Strict: a misspelt deadline id must not silently drop the landlord's target.
  targets: z.optional(strictObject({
    'stage1-acknowledgement': z.optional(workingDays),
    'stage1-response': z.optional(workingDays),
    'stage2-acknowledgement': z.optional(workingDays),
    'stage2-response': z.optional(workingDays),
  })),
});
