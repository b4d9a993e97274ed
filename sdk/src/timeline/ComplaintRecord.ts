import * as z from '../errors/zod.js';
import { IsoDate } from '../dates/isoDate.js';
import { ruleSetIds, type RuleSetId } from '../rules/RuleSet.js';
import { strictObject as strict } from '../errors/strict-object.js';
import { ComplaintEvidence, StageOutcome } from './evidence.js';


/**
 * An extension to a response deadline, as notified to the resident.
 *
 * @example
 * ```ts
 * Extension.parse({ notifiedOn: '2027-01-11', newDueOn: '2027-01-27', reason: 'Awaiting the surveyor’s report' });
 * ```
 */
export const Extension = strict({
  /** The day the resident was told. */
  notifiedOn: IsoDate,
  /** The new date for the response. */
  newDueOn: IsoDate,
  /** The reason given to the resident (the Code requires one). */
  reason: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  /** Whether there is good reason to go beyond the Code's cap ("no more than 10 working days without good reason"). */
  goodReason: z.optional(z.boolean()),
});
/**
 * An extension to a response deadline.
 *
 * @example
 * ```ts
 * const extension: Extension = { notifiedOn: '2027-01-11', newDueOn: '2027-01-27', reason: 'Awaiting the surveyor’s report' };
 * ```
 */
export type Extension = z.infer<typeof Extension>;

const handlerId = z.trimmed(1, 200, 'Handler id is empty');

const Stage1 = strict({
  /** The day the complaint was received. */
  receivedOn: IsoDate,
  acknowledgedOn: z.optional(IsoDate),
  respondedOn: z.optional(IsoDate),
  /** Who considered the complaint at stage 1. */
  handlerId: z.optional(handlerId),
  extensions: z._default(z.array(Extension).check(z.maxLength(20)), []),
  // Evidence: the stage's outcome and the outcome of each point of the complaint definition.
  ...StageOutcome.shape,
});

const Stage2 = strict({
  /** The day the resident asked for stage 2 (the escalation request). */
  requestedOn: IsoDate,
  acknowledgedOn: z.optional(IsoDate),
  respondedOn: z.optional(IsoDate),
  /** Who considered the complaint at stage 2 (must not be the stage 1 handler). */
  handlerId: z.optional(handlerId),
  extensions: z._default(z.array(Extension).check(z.maxLength(20)), []),
  // Evidence: the stage's outcome and the outcome of each point of the complaint definition.
  ...StageOutcome.shape,
});

type Check = { path: (string | number)[]; message: string };

function notBefore(checks: Check[], later: string | undefined, earlier: string | undefined, path: (string | number)[], message: string) {
  if (later !== undefined && earlier !== undefined && later < earlier) checks.push({ path, message });
}

/**
 * Zod schema for a complaint record: the dates that drive the Code's deadlines. Rejects impossible dates
 * and impossible orderings (acknowledged before received, stage 2 requested before the stage 1 response…),
 * each issue naming its field path.
 *
 * @example
 * ```ts
 * const record = ComplaintRecord.parse({
 *   reference: 'C-1042',
 *   stage1: { receivedOn: '2026-12-18', acknowledgedOn: '2026-12-22', handlerId: 'jo.smith' },
 * });
 * record.stage1.extensions; //=> []
 * ```
 */
export const ComplaintRecord = strict({
    /** The landlord's complaint reference. */
    reference: z.trimmed(1, 200, 'Give the complaint reference'),
    /** Force a rule set; otherwise chosen by the received date (`selectRuleSet`). */
    ruleSet: z.optional(z.enum(ruleSetIds as [RuleSetId, ...RuleSetId[]])),
    /** When the issue complained about happened. */
    issueOccurredOn: z.optional(IsoDate),
    /** When the resident became aware of the issue. */
    residentAwareOn: z.optional(IsoDate),
    stage1: Stage1,
    stage2: z.optional(Stage2),
    // Evidence: category, remedies, keeping the resident informed, refusals (see ./evidence.ts).
    ...ComplaintEvidence.shape,
  })
  .check(z.superRefine((record, ctx) => {
    const checks: Check[] = [];
    const { stage1, stage2 } = record;
    const received = stage1.receivedOn;
    notBefore(checks, received, record.issueOccurredOn, ['issueOccurredOn'], `The issue occurred (${record.issueOccurredOn}) after the complaint was received (${received})`);
    notBefore(checks, received, record.residentAwareOn, ['residentAwareOn'], `The resident became aware (${record.residentAwareOn}) after the complaint was received (${received})`);
    notBefore(checks, stage1.acknowledgedOn, received, ['stage1', 'acknowledgedOn'], `Acknowledged (${stage1.acknowledgedOn}) before the complaint was received (${received})`);
    notBefore(checks, stage1.respondedOn, received, ['stage1', 'respondedOn'], `Responded (${stage1.respondedOn}) before the complaint was received (${received})`);
    checkExtensions(checks, stage1.extensions, received, 'stage1', 'the complaint was received');
    if (stage2) {
      notBefore(checks, stage2.requestedOn, received, ['stage2', 'requestedOn'], `Stage 2 requested (${stage2.requestedOn}) before the complaint was received (${received})`);
      notBefore(checks, stage2.requestedOn, stage1.respondedOn, ['stage2', 'requestedOn'], `Stage 2 requested (${stage2.requestedOn}) before the stage 1 response (${stage1.respondedOn})`);
      notBefore(checks, stage2.acknowledgedOn, stage2.requestedOn, ['stage2', 'acknowledgedOn'], `Stage 2 acknowledged (${stage2.acknowledgedOn}) before it was requested (${stage2.requestedOn})`);
      notBefore(checks, stage2.respondedOn, stage2.requestedOn, ['stage2', 'respondedOn'], `Stage 2 responded (${stage2.respondedOn}) before it was requested (${stage2.requestedOn})`);
      checkExtensions(checks, stage2.extensions, stage2.requestedOn, 'stage2', 'stage 2 was requested');
    }
    for (const check of checks) ctx.addIssue({ code: 'custom', path: check.path, message: check.message });
  }));

function checkExtensions(checks: Check[], extensions: Extension[], start: string, stage: 'stage1' | 'stage2', what: string) {
  extensions.forEach((extension, index) => {
    notBefore(checks, extension.notifiedOn, start, [stage, 'extensions', index, 'notifiedOn'], `Extension notified (${extension.notifiedOn}) before ${what} (${start})`);
    notBefore(checks, extension.newDueOn, extension.notifiedOn, [stage, 'extensions', index, 'newDueOn'], `New due date (${extension.newDueOn}) is before the extension was notified (${extension.notifiedOn})`);
  });
}

/**
 * A validated complaint record (defaults applied).
 *
 * @example
 * ```ts
 * const record: ComplaintRecord = ComplaintRecord.parse(input);
 * record.stage1.extensions; //=> [] when none were given
 * ```
 */
export type ComplaintRecord = z.infer<typeof ComplaintRecord>;
/**
 * A complaint record as you pass it in (extensions optional).
 *
 * @example
 * ```ts
 * const input: ComplaintRecordInput = { reference: 'C-1', stage1: { receivedOn: '2026-12-18' } };
 * ```
 */
export type ComplaintRecordInput = z.input<typeof ComplaintRecord>;
