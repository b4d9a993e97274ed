import { complaintTimeline, type ComplaintTimelineOptions } from './complaintTimeline.js';
import type { ComplaintRecordInput } from './ComplaintRecord.js';
import { InvalidComplaintError } from './InvalidComplaintError.js';
import type { Timeline } from './Timeline.js';

/**
 * The result of {@link safeComplaintTimeline}: a timeline, or the problems with the record.
 *
 * @example
 * ```ts
 * const result: SafeTimelineResult = safeComplaintTimeline(input);
 * if (result.success) show(result.timeline); else showErrors(result.error.issues);
 * ```
 */
export type SafeTimelineResult = { success: true; timeline: Timeline } | { success: false; error: InvalidComplaintError };

/**
 * {@link complaintTimeline} that returns bad input as a value instead of throwing, like zod's `safeParse`.
 * Accepts `unknown`, so it can take data straight from a form, file or message.
 *
 * @param record - Anything; validated as a complaint record
 * @param options - As for {@link complaintTimeline}
 * @returns `{ success: true, timeline }` or `{ success: false, error }` with `error.issues`
 *
 * @example
 * ```ts
 * const result = safeComplaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-12-18', acknowledgedOn: '2026-12-17' } });
 * if (!result.success) result.error.issues;
 * //=> [{ path: 'stage1.acknowledgedOn', message: 'Acknowledged (2026-12-17) before the complaint was received (2026-12-18)' }]
 * ```
 */
export function safeComplaintTimeline(record: unknown, options?: ComplaintTimelineOptions): SafeTimelineResult {
  try {
    return { success: true, timeline: complaintTimeline(record as ComplaintRecordInput, options) };
  } catch (error) {
    if (error instanceof InvalidComplaintError) return { success: false, error };
    throw error;
  }
}
