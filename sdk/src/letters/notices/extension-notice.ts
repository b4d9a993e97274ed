import * as z from '../../errors/zod.js';
import type { Calendar } from '../../calendar/index.js';
import { englandAndWales } from '../../calendar/index.js';
import { IsoDate } from '../../dates/index.js';
import { letterDate } from '../context.js';
import { proposeExtension, type ExtensionProposal } from '../../timeline/proposeExtension.js';
import { LetterRuleSetId } from '../types.js';
import { greeting, NoticeBase, ombudsmanBlock, referenceNote, signOff } from './common.js';
import { InvalidNoticeError, renderNotice, type Block, type Notice } from './render.js';
import { parseInput } from '../../errors/ComplaintCodeInputError.js';

/**
 * Input to {@link writeExtensionNotice}.
 *
 * @example
 * ExtensionNoticeInput.parse({ landlord: 'Riverside Homes', stage: 1, currentDueOn: '2027-01-13', reason: 'we are waiting for a damp survey' });
 */
export const ExtensionNoticeInput = z.extend(NoticeBase, {
  stage: z.literal([1, 2], { error: 'stage must be 1 or 2' }),
  currentDueOn: IsoDate,
  /** Why more time is needed, completing "We need more time to respond because …". */
  reason: z.trimmed(3, 2000, 'reason is required: say why you need more time'),
  /** The date asked for; without it the furthest date the rule set allows is used. */
  newDueOn: z.optional(IsoDate),
  goodReason: z.optional(z.trimmed(3, 2000)),
  /** The timeline's `latestExtendedDueOn` for this stage (see `proposeExtension`): needed once the response has been extended. */
  latestExtendedDueOn: z.optional(IsoDate),
  rules: z.optional(LetterRuleSetId),
});
export type ExtensionNoticeInput = z.input<typeof ExtensionNoticeInput>;

/**
 * Writes the extension notice (HO 2024 6.4/6.5 at stage 1, 6.15/6.16 at stage 2): the reason, the new date
 * (capped by the rule set unless a good reason is given), what the resident can do, and the Ombudsman's contact details.
 * Throws `InvalidNoticeError` when the date asked for goes past the cap without a good reason.
 *
 * @example
 * writeExtensionNotice({ landlord: 'Riverside Homes', stage: 1, currentDueOn: '2027-01-13', reason: 'we are waiting for a damp survey' }).text;
 */
export function writeExtensionNotice(input: ExtensionNoticeInput, calendar: Calendar = englandAndWales): Notice & { proposal: ExtensionProposal } {
  const notice = parseInput(ExtensionNoticeInput, input, 'writeExtensionNotice');
  const proposal = proposeExtension(
    { stage: notice.stage, currentDueOn: notice.currentDueOn, requestedNewDueOn: notice.newDueOn, goodReason: notice.goodReason, rules: notice.rules, latestExtendedDueOn: notice.latestExtendedDueOn },
    calendar,
  );
  if (notice.newDueOn && !proposal.allowed) throw new InvalidNoticeError(proposal.message);
  const reason = notice.reason.replace(/^because\s+/i, '').replace(/[.\s]+$/, '');
  const ombudsman = ombudsmanBlock(notice);
  const blocks: Block[] = [
    greeting(notice),
    { heading: `Your stage ${notice.stage} complaint${referenceNote(notice)}: we need more time` },
    { paragraph: `We told you we would send our stage ${notice.stage} response by ${letterDate(notice.currentDueOn)}. We are sorry, but we need more time to respond because ${reason}.` },
    ...(proposal.exceedsCap && notice.goodReason
      ? [{ paragraph: `This is longer than the usual ${proposal.maxWorkingDays} working days because ${notice.goodReason.replace(/[.\s]+$/, '')}.` }]
      : []),
    { paragraph: `We will now send you our full response by ${letterDate(proposal.newDueOn)}.` },
    { heading: 'What you can do' },
    { paragraph: `If you would like updates before then, tell us how often you would like to hear from us. If anything about your complaint has changed, please let us know.` },
    { paragraph: `If you are unhappy with this delay, you can contact the ${ombudsman.name} for advice:` },
    ombudsman.list,
    signOff(notice),
  ];
  return { ...renderNotice(`Your complaint${referenceNote(notice)}: new response date ${letterDate(proposal.newDueOn)}`, blocks), proposal };
}
