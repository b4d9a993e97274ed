/**
 * @module @complaint-code/shared/case
 *
 * What the extension knows about one complaint: the facts read from the CRM page, the officer's
 * corrections (facts the CRM lacks), and the audit trail. Stored only in the browser (IndexedDB in
 * the extension's own origin).
 */
import { ComplaintEvidence, IsoDate, StageOutcome } from '@complaint-code/sdk';
import { z } from 'zod';
import { dateFactNames, shapeOf, type CaseFactName } from './fact-names.js';

/** A complaint reference as the CRM shows it. */
export const CaseReference = z.string().trim().min(1, 'The case reference is empty').max(200);

/**
 * Facts read from a case page. Dates are ISO (`YYYY-MM-DD`); a fact the page does not show is absent.
 *
 * @example
 * CaseFacts.parse({ reference: 'CMP-1042', stage: 1, stage1ReceivedOn: '2026-11-02' });
 */
export const CaseFacts = z.strictObject({
  reference: CaseReference,
  stage: z.union([z.literal(1), z.literal(2)]).optional(),
  stage1ReceivedOn: z.optional(IsoDate),
  stage1AcknowledgedOn: z.optional(IsoDate),
  stage1RespondedOn: z.optional(IsoDate),
  stage2RequestedOn: z.optional(IsoDate),
  stage2AcknowledgedOn: z.optional(IsoDate),
  stage2RespondedOn: z.optional(IsoDate),
  /** A deadline the CRM shows as already extended ("Extended to", "Response deadline"). */
  stage1ExtendedTo: z.optional(IsoDate),
  /** When the CRM shows the stage 1 extension was notified to the resident. */
  stage1ExtensionNotifiedOn: z.optional(IsoDate),
  stage2ExtendedTo: z.optional(IsoDate),
  stage2ExtensionNotifiedOn: z.optional(IsoDate),
  handler: z.string().max(200).optional(),
  residentName: z.string().max(200).optional(),
} satisfies Record<CaseFactName, z.ZodType>);
export type CaseFacts = z.infer<typeof CaseFacts>;

/** The date facts an officer may correct when the CRM lacks or misstates them. */
export const CorrectableFact = z.enum(dateFactNames);
export type CorrectableFact = z.infer<typeof CorrectableFact>;

/** An extension of a deadline the landlord notified to the resident (provision 5.x / 6.x of the Code). */
export const RecordedExtension = z.strictObject({
  stage: z.union([z.literal(1), z.literal(2)]),
  notifiedOn: IsoDate,
  newDueOn: IsoDate,
  reason: z.string().trim().min(1, 'Say why the deadline was extended').max(1000),
  goodReason: z.boolean().optional(),
});
export type RecordedExtension = z.infer<typeof RecordedExtension>;

/**
 * What the officer records that the Code asks about and a CRM page rarely shows: category, each stage's
 * outcome and points, remedies, the agreed update interval and updates sent, refusals (the SDK's
 * `ComplaintEvidence`, plus `stage1`/`stage2` outcomes).
 *
 * @example
 * CaseEvidence.parse({ category: 'Repairs', stage1: { outcome: 'Upheld' }, remedies: [{ action: 'Fix leak', dueOn: '2027-02-01' }] });
 */
// The SDK's schemas are zod mini (smaller vendor bundles, issue 14): no `.extend()`/`.optional()` methods, so
// they are spread and wrapped with zod's functions, which take schemas of either API.
export const CaseEvidence = z.object({
  ...ComplaintEvidence.shape,
  stage1: z.optional(StageOutcome),
  stage2: z.optional(StageOutcome),
});
export type CaseEvidence = z.infer<typeof CaseEvidence>;

/** The officer's corrections, stored with the case; they win over what the page shows. */
export const CaseCorrections = z.strictObject({
  ...shapeOf(dateFactNames, z.optional(IsoDate)),
  extensions: z.array(RecordedExtension).optional(),
  /** Evidence the officer recorded (outcomes, remedies, keeping informed, refusals). */
  evidence: CaseEvidence.optional(),
});
export type CaseCorrections = z.infer<typeof CaseCorrections>;

/**
 * A case key: one CRM origin + its reference, so two CRMs may reuse a reference safely.
 *
 * @example
 * caseKey('https://crm.example', 'CMP-1042'); //=> 'https://crm.example|CMP-1042'
 */
export function caseKey(origin: string, reference: string): string {
  return `${origin}|${reference}`;
}

/** A tracked case, as stored (Dexie table `cases`, primary key `id`). */
export const TrackedCase = z.strictObject({
  id: z.string().min(1),
  origin: z.string().min(1),
  reference: CaseReference,
  adapterId: z.string().min(1),
  url: z.string().max(2000),
  facts: CaseFacts,
  corrections: CaseCorrections,
  /** ISO timestamps (UTC). */
  firstSeenAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
});
export type TrackedCase = z.infer<typeof TrackedCase>;

/**
 * What happened to a case, kept in the audit log (Dexie table `audit`). `cases-imported` is one event for
 * every case a CSV import added (its `caseId` is the import log of that CRM, `detail.caseIds` the cases).
 */
export const AuditEventType = z.enum(['seen', 'facts-changed', 'fact-corrected', 'extension-recorded', 'evidence-recorded', 'letter-kept', 'cases-imported']);
export type AuditEventType = z.infer<typeof AuditEventType>;

/** One audit entry. `detail` holds the before/after values, never page HTML. */
export const AuditEvent = z.strictObject({
  id: z.int().positive().optional(),
  caseId: z.string().min(1),
  at: z.iso.datetime(),
  type: AuditEventType,
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

/**
 * The facts to compute with: the page's, overridden by the officer's corrections.
 *
 * @example
 * effectiveFacts({ reference: 'A', stage1ReceivedOn: '2026-11-02' }, { stage1AcknowledgedOn: '2026-11-04' });
 * //=> { reference: 'A', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04' }
 */
export function effectiveFacts(facts: CaseFacts, corrections: CaseCorrections = {}): CaseFacts {
  const merged: CaseFacts = { ...facts };
  for (const fact of CorrectableFact.options) {
    const corrected = corrections[fact];
    if (corrected) merged[fact] = corrected;
  }
  return merged;
}
