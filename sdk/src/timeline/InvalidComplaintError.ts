import type * as z from '../errors/zod.js';
import { ComplaintCodeInputError, formatIssues, type InputIssue } from '../errors/ComplaintCodeInputError.js';

/**
 * One problem with a complaint record, named by its field path (`stage1.acknowledgedOn`).
 *
 * @example
 * ```ts
 * const issue: ComplaintIssue = { path: 'stage2.requestedOn', message: 'Stage 2 requested (2027-01-05) before the stage 1 response (2027-01-10)' };
 * ```
 */
export type ComplaintIssue = InputIssue;

/**
 * Thrown (or returned by `safeComplaintTimeline`) when a complaint record cannot be used: each issue
 * names the field and says what is wrong, so a person can fix the record.
 *
 * @example
 * ```ts
 * const result = safeComplaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-02-30' } });
 * if (!result.success) result.error.issues;
 * //=> [{ path: 'stage1.receivedOn', message: '2026-02-30 is not a real date' }]
 * ```
 */
export class InvalidComplaintError extends ComplaintCodeInputError {
  override name = 'InvalidComplaintError';
  declare readonly issues: readonly ComplaintIssue[];

  constructor(issues: readonly ComplaintIssue[], options?: { cause?: unknown }) {
    super(`Invalid complaint record:\n${formatIssues(issues, '(record)')}`, issues, options);
  }

  /** Builds the error from a zod error, joining each issue's path with dots (one issue per unknown key). */
  static override fromZod(error: z.core.$ZodError): InvalidComplaintError {
    return new InvalidComplaintError(ComplaintCodeInputError.issuesOf(error));
  }
}
