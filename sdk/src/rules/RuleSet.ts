import type { IsoDate } from '../dates/isoDate.js';
import { deepFreeze } from '../errors/deep-freeze.js';

/**
 * The versions of the complaint-handling rules the SDK knows.
 *
 * @example
 * ```ts
 * const id: RuleSetId = selectRuleSet({ receivedOn: '2023-06-01' }); //=> 'ho-2022'
 * ```
 */
export type RuleSetId = 'ho-2024' | 'ho-2022' | 'joint-draft-2023' | 'lgsco-2024';

/**
 * Every rule set id, newest Housing Ombudsman Code first.
 *
 * @example
 * ```ts
 * ruleSetIds; //=> ['ho-2024', 'ho-2022', 'joint-draft-2023', 'lgsco-2024']
 * ```
 */
export const ruleSetIds: readonly RuleSetId[] = /* @__PURE__ */ deepFreeze(['ho-2024', 'ho-2022', 'joint-draft-2023', 'lgsco-2024']);

/**
 * A provision of a Code, quoted exactly, so every deadline and finding can cite its source.
 *
 * @example
 * ```ts
 * const provision: Provision = getRuleSet('ho-2024').provisions['stage1-response'];
 * provision.ref;  //=> '6.3'
 * provision.text; //=> 'Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.'
 * ```
 */
export interface Provision {
  /** The rule set the provision belongs to. */
  ruleSet: RuleSetId;
  /** The provision number as the Code numbers it, e.g. `'6.2'`. */
  ref: string;
  /** The exact words (shortened only with "…"). */
  text: string;
  /** Where the quote comes from; starts with `UNCONFIRMED` when no official text was in hand. */
  source: string;
}

/**
 * The names of the provisions every rule set quotes.
 *
 * @example
 * ```ts
 * const key: ProvisionKey = 'different-handler';
 * getRuleSet('ho-2024').provisions[key].ref; //=> '6.13'
 * ```
 */
export type ProvisionKey =
  | 'acceptance-window'
  | 'stage1-acknowledgement'
  | 'stage1-response'
  | 'stage1-extension'
  | 'stage1-extension-notice'
  | 'stage2-acknowledgement'
  | 'stage2-response'
  | 'stage2-extension'
  | 'stage2-extension-notice'
  | 'different-handler'
  | 'keep-informed';

/**
 * The timescales of one stage.
 *
 * @example
 * ```ts
 * const stage2: StageRules = getRuleSet('joint-draft-2023').stages[2];
 * stage2.responseClockFrom; //=> 'received'
 * ```
 */
export interface StageRules {
  /** Acknowledge within this many working days of receipt (stage 1) or of the escalation request (stage 2). */
  acknowledgeWorkingDays: number;
  /** Respond within this many working days of {@link StageRules.responseClockFrom}. */
  respondWorkingDays: number;
  /** Whether the response clock starts at receipt / the escalation request, or at acknowledgement. */
  responseClockFrom: 'received' | 'acknowledged';
  /** The longest extension, in working days after the Code deadline. */
  extensionMaxWorkingDays: number;
  /** `'without-good-reason'`: longer extensions are allowed with a good reason; `'hard'`: never. */
  extensionCap: 'without-good-reason' | 'hard';
  acknowledgeProvision: Provision;
  respondProvision: Provision;
  extensionProvision: Provision;
}

/**
 * One version of the rules: versioned data, every number citing its provision.
 *
 * @example
 * ```ts
 * const ruleSet: RuleSet = getRuleSet('ho-2024');
 * ruleSet.stages[1].acknowledgeWorkingDays; //=> 5
 * ruleSet.acceptanceWindowMonths;          //=> 12
 * ```
 */
export interface RuleSet {
  id: RuleSetId;
  /** Full name, e.g. `'Housing Ombudsman Complaint Handling Code 2024'`. */
  title: string;
  /** Short name used in explanations, e.g. `'HO Code 2024'`. */
  shortTitle: string;
  /** Version label, e.g. `'2024'`. */
  version: string;
  ombudsman: 'housing' | 'lgsco' | 'joint';
  /** First day (of complaint receipt) the rule set applies to. */
  appliesFrom?: IsoDate;
  /** Last day (of complaint receipt) the rule set applies to. */
  appliesUntil?: IsoDate;
  /** Whether the text is in force, a draft, or guidance. */
  status: 'statutory' | 'in-force' | 'draft' | 'guidance';
  stages: { 1: StageRules; 2: StageRules };
  /** Complaints must be accepted within this many months of the issue or of the resident becoming aware. */
  acceptanceWindowMonths: number;
  provisions: Record<ProvisionKey, Provision>;
  /** Caveats a person should know (unconfirmed texts, interpretations the SDK makes). */
  notes: string[];
}
