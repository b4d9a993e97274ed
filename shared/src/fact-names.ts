/**
 * @module @complaint-code/shared/fact-names
 *
 * The names of a complaint's facts and their plain-English labels. Deliberately free of zod, so
 * the content script can use them without carrying a schema library into every CRM page.
 */

/** The facts an adapter can read, in the Code's words. */
export const caseFactNames = [
  'reference',
  'stage',
  'stage1ReceivedOn',
  'stage1AcknowledgedOn',
  'stage1RespondedOn',
  'stage2RequestedOn',
  'stage2AcknowledgedOn',
  'stage2RespondedOn',
  'handler',
  'residentName',
] as const;
export type CaseFactName = (typeof caseFactNames)[number];

/** The date facts: read in UK forms (`02/11/2026`, `2 Nov 2026`, `2026-11-02`, `Monday 2 November 2026 14:03`). */
export const dateFactNames = [
  'stage1ReceivedOn',
  'stage1AcknowledgedOn',
  'stage1RespondedOn',
  'stage2RequestedOn',
  'stage2AcknowledgedOn',
  'stage2RespondedOn',
] as const satisfies readonly CaseFactName[];
export type DateFactName = (typeof dateFactNames)[number];

/**
 * Plain words for each fact, for problems, the overlay and the options page.
 *
 * @example
 * caseFactLabels.stage1AcknowledgedOn; //=> 'Stage 1 acknowledged'
 */
export const caseFactLabels: Record<CaseFactName, string> = {
  reference: 'Case reference',
  stage: 'Stage',
  stage1ReceivedOn: 'Stage 1 received',
  stage1AcknowledgedOn: 'Stage 1 acknowledged',
  stage1RespondedOn: 'Stage 1 responded',
  stage2RequestedOn: 'Stage 2 requested',
  stage2AcknowledgedOn: 'Stage 2 acknowledged',
  stage2RespondedOn: 'Stage 2 responded',
  handler: 'Handler',
  residentName: 'Resident name',
};

/** One field the overlay could not read or use, in words an officer or admin can act on. */
export interface FieldProblem {
  field: CaseFactName | 'header';
  /** What went wrong, e.g. `Stage 1 received: no label "Date received" on this page`. */
  message: string;
  howToFix: string;
}
