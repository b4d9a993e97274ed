/**
 * @module extension/data/facts-to-record
 *
 * Turn what the page shows (facts) plus the officer's corrections into the SDK's ComplaintRecord.
 */
import { selectRuleSet, type ComplaintRecordInput, type RuleSetId } from '@complaint-code/sdk';
import { effectiveFacts, type CaseCorrections, type CaseFacts, type FieldProblem, type Settings } from '@complaint-code/shared';

export type RecordResult =
  | { ok: true; record: ComplaintRecordInput; ruleSet: RuleSetId }
  | { ok: false; problems: FieldProblem[] };

/**
 * Build the SDK's complaint record, or say which fact is missing.
 *
 * - Corrections win over the page.
 * - The rule set is the user's choice, or (`auto`) chosen from the date received and the Ombudsman.
 * - Stage 2 exists once a stage 2 request date is known.
 * - A deadline the CRM shows as extended ("Extended to") is an extension too, unless the officer
 *   recorded the same one (see {@link pageExtension}).
 *
 * @example
 * factsToRecord({ reference: 'CMP-1', stage1ReceivedOn: '2026-11-02' }, {}, settings);
 * //=> { ok: true, ruleSet: 'ho-2024', record: { reference: 'CMP-1', ruleSet: 'ho-2024', stage1: { receivedOn: '2026-11-02' } } }
 */
type SdkExtension = { notifiedOn: string; newDueOn: string; reason: string; goodReason?: boolean };

function stage1Start(facts: CaseFacts): string {
  return facts.stage1ReceivedOn ?? '';
}

/**
 * The extension a CRM page shows for a stage, as the SDK's extension. The date the resident was
 * told is the page's `…ExtensionNotifiedOn` when it shows one; otherwise the stage's start date is
 * used (the extension then counts as notified in time) and the reason says so, so the officer can
 * record the real date in the overlay ("Record an extension agreed earlier"), which replaces it.
 *
 * @example
 * pageExtension({ reference: 'A', stage1ReceivedOn: '2026-11-02', stage1ExtendedTo: '2026-12-14' }, 1, '2026-11-02', []);
 * //=> [{ notifiedOn: '2026-11-02', newDueOn: '2026-12-14', reason: 'Extended in the CRM to 2026-12-14 (the date the resident was told is not shown)' }]
 */
export function pageExtension(facts: CaseFacts, stage: 1 | 2, start: string, recorded: readonly SdkExtension[]): SdkExtension[] {
  const newDueOn = stage === 1 ? facts.stage1ExtendedTo : facts.stage2ExtendedTo;
  if (!newDueOn || !start) return [];
  // The officer's record of the same extension (same new date) carries the real notified date and reason.
  if (recorded.some((extension) => extension.newDueOn === newDueOn)) return [];
  const notifiedOn = stage === 1 ? facts.stage1ExtensionNotifiedOn : facts.stage2ExtensionNotifiedOn;
  return [
    notifiedOn
      ? { notifiedOn, newDueOn, reason: `Extended in the CRM to ${newDueOn}` }
      : { notifiedOn: start, newDueOn, reason: `Extended in the CRM to ${newDueOn} (the date the resident was told is not shown)` },
  ];
}

export function factsToRecord(facts: CaseFacts, corrections: CaseCorrections, settings: Pick<Settings, 'ruleSet' | 'ombudsman'>): RecordResult {
  const merged = effectiveFacts(facts, corrections);
  const receivedOn = merged.stage1ReceivedOn;
  if (!receivedOn) {
    return {
      ok: false,
      problems: [
        {
          field: 'stage1ReceivedOn',
          message: 'Stage 1 received: no date, so no deadline can be worked out',
          howToFix: 'Add the date received in the CRM, or correct it in the timeline below.',
        },
      ],
    };
  }
  if (merged.stage === 2 && !merged.stage2RequestedOn) {
    return {
      ok: false,
      problems: [
        {
          field: 'stage2RequestedOn',
          message: 'Stage 2 requested: the case is at stage 2 but the date it was requested is not known',
          howToFix: 'Correct the stage 2 request date in the timeline below, or add it to the adapter.',
        },
      ],
    };
  }

  const ruleSet = settings.ruleSet === 'auto' ? selectRuleSet({ receivedOn, ombudsman: settings.ombudsman }) : settings.ruleSet;
  const extensionsFor = (stage: 1 | 2) =>
    (corrections.extensions ?? [])
      .filter((extension) => extension.stage === stage)
      .map(({ notifiedOn, newDueOn, reason, goodReason }) => ({
        notifiedOn,
        newDueOn,
        reason,
        ...(goodReason === undefined ? {} : { goodReason }),
      }));
  const stage1Extensions = [...extensionsFor(1), ...pageExtension(merged, 1, stage1Start(merged), extensionsFor(1))];
  const stage2Extensions = merged.stage2RequestedOn
    ? [...extensionsFor(2), ...pageExtension(merged, 2, merged.stage2RequestedOn, extensionsFor(2))]
    : [];

  // Evidence the officer recorded: top-level facts as they are, each stage's outcome and points into its stage.
  const { stage1: stage1Outcome, stage2: stage2Outcome, ...evidence } = corrections.evidence ?? {};
  const record: ComplaintRecordInput = {
    reference: merged.reference,
    ruleSet,
    ...evidence,
    stage1: {
      ...stage1Outcome,
      receivedOn,
      ...(merged.stage1AcknowledgedOn ? { acknowledgedOn: merged.stage1AcknowledgedOn } : {}),
      ...(merged.stage1RespondedOn ? { respondedOn: merged.stage1RespondedOn } : {}),
      ...(merged.handler && !merged.stage2RequestedOn ? { handlerId: merged.handler } : {}),
      ...(stage1Extensions.length > 0 ? { extensions: stage1Extensions } : {}),
    },
    ...(merged.stage2RequestedOn
      ? {
          stage2: {
            ...stage2Outcome,
            requestedOn: merged.stage2RequestedOn,
            ...(merged.stage2AcknowledgedOn ? { acknowledgedOn: merged.stage2AcknowledgedOn } : {}),
            ...(merged.stage2RespondedOn ? { respondedOn: merged.stage2RespondedOn } : {}),
            // The CRM shows the current handler, who is the stage 2 handler once the case escalates.
            ...(merged.handler ? { handlerId: merged.handler } : {}),
            ...(stage2Extensions.length > 0 ? { extensions: stage2Extensions } : {}),
          },
        }
      : {}),
  };
  return { ok: true, record, ruleSet };
}
