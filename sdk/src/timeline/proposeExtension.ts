import * as z from '../errors/zod.js';
import type { Calendar } from '../calendar/index.js';
import { englandAndWales } from '../calendar/index.js';
import { IsoDate } from '../dates/index.js';
import { getRuleSet, type Provision, type RuleSet } from '../rules/index.js';
import { letterDate } from '../letters/context.js';
import { LetterRuleSetId } from '../letters/types.js';
import { parseInput } from '../errors/ComplaintCodeInputError.js';
import { extensionCapDueOn } from './schedule.js';

/**
 * Input to {@link proposeExtension}.
 *
 * @example
 * ProposeExtensionInput.parse({ stage: 1, currentDueOn: '2027-01-13' });
 */
export const ProposeExtensionInput = z.object({
  stage: z.literal([1, 2], { error: 'stage must be 1 or 2' }),
  currentDueOn: IsoDate,
  requestedNewDueOn: z.optional(IsoDate),
  /**
   * The timeline's `latestExtendedDueOn` for this stage's response (`Deadline.latestExtendedDueOn`): the cap
   * counts from the Code due date, and earlier extensions use it up. Give it whenever the response may already
   * have been extended; without it `currentDueOn` is taken to be the Code due date (no extension yet).
   */
  latestExtendedDueOn: z.optional(IsoDate),
  /** The landlord's good reason for going past the cap (the Code allows a longer extension "with good reason"). */
  goodReason: z.optional(z.trimmed(1, 2000)),
  rules: z.optional(LetterRuleSetId),
});
export type ProposeExtensionInput = z.input<typeof ProposeExtensionInput>;

/** A proposed new response date, checked against the rule set's extension cap. */
export interface ExtensionProposal {
  readonly stage: 1 | 2;
  readonly currentDueOn: IsoDate;
  /** The latest date allowed without a good reason: the timeline's `latestExtendedDueOn`. */
  readonly cappedDueOn: IsoDate;
  /** The date to put in the notice: the requested date when allowed, otherwise the capped date. */
  readonly newDueOn: IsoDate;
  readonly maxWorkingDays: number;
  /** Working days from the current due date to `newDueOn` (0 when nothing is left to extend). */
  readonly workingDays: number;
  /** The requested date is after the capped date. */
  readonly exceedsCap: boolean;
  /**
   * The requested date may be used (within the cap, or past it with a good reason where the cap allows).
   * Without a requested date: false only when earlier extensions have already reached the cap.
   */
  readonly allowed: boolean;
  readonly provision: Provision;
  readonly message: string;
}

/**
 * Works out the new response date for an extension: by default the furthest date the rule set allows
 * (10 working days at stage 1 and 20 at stage 2 under the HO Code 2024), or the date asked for, flagged when it
 * goes past the cap without a good reason. The cap is the timeline's (one cap a stage, counted from the Code
 * due date), so a date offered here is never one the timeline records as `extension-beyond-cap`.
 * Throws a `ComplaintCodeInputError` naming each bad field on bad input.
 *
 * @example
 * proposeExtension({ stage: 1, currentDueOn: '2027-01-13', rules: 'ho-2024' }).newDueOn; // '2027-01-27'
 * // Already extended from 13 Jan to 20 Jan: the cap is still 27 Jan.
 * proposeExtension({ stage: 1, currentDueOn: '2027-01-20', latestExtendedDueOn: '2027-01-27' }).newDueOn; // '2027-01-27'
 */
export function proposeExtension(input: ProposeExtensionInput, calendar: Calendar = englandAndWales): ExtensionProposal {
  const { stage, currentDueOn, requestedNewDueOn, goodReason, rules, latestExtendedDueOn } = parseInput(ProposeExtensionInput, input, 'proposeExtension');
  const ruleSet: RuleSet = getRuleSet(rules ?? 'ho-2024');
  const stageRules = ruleSet.stages[stage];
  const maxWorkingDays = stageRules.extensionMaxWorkingDays;
  const cappedDueOn = latestExtendedDueOn ?? extensionCapDueOn(currentDueOn, stageRules, calendar);
  const provision = stageRules.extensionProvision;
  const base = { stage, currentDueOn, cappedDueOn, maxWorkingDays, provision };
  const cite = `${ruleSet.shortTitle} ${provision.ref}`;
  const capWorkingDays = calendar.workingDaysBetween(currentDueOn, cappedDueOn);
  const earlierExtensions = capWorkingDays < maxWorkingDays
    ? ` Earlier extensions count against the same ${maxWorkingDays} working days, so the latest date is ${letterDate(cappedDueOn)}.`
    : '';

  if (!requestedNewDueOn) {
    if (capWorkingDays <= 0) {
      return {
        ...base, newDueOn: currentDueOn, workingDays: 0, exceedsCap: false, allowed: false,
        message: `The response date has already been extended by the ${maxWorkingDays} working days allowed without a good reason (${cite}), to ${letterDate(currentDueOn)}.`,
      };
    }
    return {
      ...base, newDueOn: cappedDueOn, workingDays: capWorkingDays, exceedsCap: false, allowed: true,
      message: `The longest extension without a good reason is ${maxWorkingDays} working days (${cite}): the new response date is ${letterDate(cappedDueOn)}.${earlierExtensions}`,
    };
  }
  const workingDays = calendar.workingDaysBetween(currentDueOn, requestedNewDueOn);
  if (workingDays <= 0) {
    return {
      ...base, newDueOn: currentDueOn, workingDays, exceedsCap: false, allowed: false,
      message: `The requested date ${letterDate(requestedNewDueOn)} is not after the current due date ${letterDate(currentDueOn)}: no extension is needed.`,
    };
  }
  const exceedsCap = requestedNewDueOn > cappedDueOn;
  if (!exceedsCap) {
    return {
      ...base, newDueOn: requestedNewDueOn, workingDays, exceedsCap, allowed: true,
      message: `An extension of ${workingDays} working days, to ${letterDate(requestedNewDueOn)}, is within the ${maxWorkingDays}-working-day limit (${cite}).${earlierExtensions}`,
    };
  }
  const allowed = stageRules.extensionCap === 'without-good-reason' && goodReason !== undefined;
  return {
    ...base,
    // Never offer a date before the current one (an earlier extension may have passed the cap with good reason).
    newDueOn: allowed ? requestedNewDueOn : cappedDueOn > currentDueOn ? cappedDueOn : currentDueOn,
    workingDays: allowed ? workingDays : Math.max(capWorkingDays, 0),
    exceedsCap,
    allowed,
    message: (allowed
      ? `${letterDate(requestedNewDueOn)} is ${workingDays} working days after the current due date, more than the ${maxWorkingDays} allowed without good reason (${cite}). The good reason given must be explained to the resident.`
      : stageRules.extensionCap === 'hard'
        ? `${letterDate(requestedNewDueOn)} is ${workingDays} working days after the current due date; this rule set allows no more than ${maxWorkingDays} (${cite}). Use ${letterDate(cappedDueOn)} at the latest.`
        : `${letterDate(requestedNewDueOn)} is ${workingDays} working days after the current due date, more than the ${maxWorkingDays} allowed without good reason (${cite}). Give a good reason, or use ${letterDate(cappedDueOn)} at the latest.`) + earlierExtensions,
  };
}
