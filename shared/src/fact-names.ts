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
  'stage1ExtendedTo',
  'stage1ExtensionNotifiedOn',
  'stage2ExtendedTo',
  'stage2ExtensionNotifiedOn',
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
 * Facts about a deadline the CRM shows as already extended: the new due date ("Extended to",
 * "Response deadline") and the date the resident was told. Read as dates, like {@link dateFactNames}.
 */
export const extensionFactNames = [
  'stage1ExtendedTo',
  'stage1ExtensionNotifiedOn',
  'stage2ExtendedTo',
  'stage2ExtensionNotifiedOn',
] as const satisfies readonly CaseFactName[];
export type ExtensionFactName = (typeof extensionFactNames)[number];

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
  stage1ExtendedTo: 'Stage 1 extended to',
  stage1ExtensionNotifiedOn: 'Stage 1 extension notified',
  stage2ExtendedTo: 'Stage 2 extended to',
  stage2ExtensionNotifiedOn: 'Stage 2 extension notified',
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

/**
 * An object with the same value under each of `names`: how schemas keyed by fact name are built from
 * the one list above (zod-free, so it costs the content script nothing).
 *
 * @example
 * shapeOf(['stage1ReceivedOn', 'stage1RespondedOn'], 0); //=> { stage1ReceivedOn: 0, stage1RespondedOn: 0 }
 */
export function shapeOf<Name extends string, Value>(names: readonly Name[], value: Value): Record<Name, Value> {
  return Object.fromEntries(names.map((name) => [name, value])) as Record<Name, Value>;
}
