import type { z } from 'zod';

/**
 * One problem with a complaint record, named by its field path (`stage1.acknowledgedOn`).
 *
 * @example
 * ```ts
 * const issue: ComplaintIssue = { path: 'stage2.requestedOn', message: 'Stage 2 requested (2027-01-05) before the stage 1 response (2027-01-10)' };
 * ```
 */
export interface ComplaintIssue {
  path: string;
  message: string;
}

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
export class InvalidComplaintError extends Error {
  override readonly name = 'InvalidComplaintError';
  readonly issues: ComplaintIssue[];

  constructor(issues: ComplaintIssue[], options?: { cause?: unknown }) {
    super(
      `Invalid complaint record:\n${issues.map((issue) => `  - ${issue.path || '(record)'}: ${issue.message}`).join('\n')}`,
      options,
    );
    this.issues = issues;
  }

  /** Builds the error from a zod error, joining each issue's path with dots. */
  static fromZod(error: z.ZodError): InvalidComplaintError {
    return new InvalidComplaintError(
      error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    );
  }
}
