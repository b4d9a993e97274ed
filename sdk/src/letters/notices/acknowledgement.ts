import * as z from '../../errors/zod.js';
import { IsoDate } from '../../dates/index.js';
import { letterDate } from '../context.js';
import { greeting, NoticeBase, referenceNote, signOff } from './common.js';
import { renderNotice, type Block, type Notice } from './render.js';
import { parseInput } from '../../errors/ComplaintCodeInputError.js';

/**
 * Input to {@link writeAcknowledgement}.
 *
 * @example
 * AcknowledgementInput.parse({ landlord: 'Riverside Homes', stage: 1, complaintSummary: 'the damp in your bedroom has come back', outcomesSought: ['a permanent repair'], responseDueOn: '2027-01-13' });
 */
export const AcknowledgementInput = z.extend(NoticeBase, {
  stage: z.literal([1, 2], { error: 'stage must be 1 or 2' }),
  /** Our understanding of the complaint, completing "You told us that …". */
  complaintSummary: z.trimmed(3, 4000, 'complaintSummary is required: set out your understanding of the complaint'),
  outcomesSought: z.array(z.trimmed(2, 500)).check(z.minLength(1, 'outcomesSought needs at least one outcome the resident is seeking'), z.maxLength(20)),
  /** Aspects the landlord is not responsible for, and who is (optional). */
  notResponsibleFor: z.optional(z.array(z.object({ aspect: z.trimmed(2, 500), who: z.optional(z.trimmed(2, 300)) })).check(z.maxLength(20))),
  responseDueOn: IsoDate,
});
export type AcknowledgementInput = z.input<typeof AcknowledgementInput>;

/**
 * Writes the acknowledgement at stage 1 or stage 2 (HO 2024 6.2/6.11, 5.6, 5.7): the complaint definition,
 * the outcomes sought, what the landlord is and is not responsible for, and when the response is due.
 *
 * @example
 * writeAcknowledgement({ landlord: 'Riverside Homes', stage: 2, complaintSummary: 'the repair promised at stage 1 was not done', outcomesSought: ['the repair done'], responseDueOn: '2027-02-10' }).text;
 */
export function writeAcknowledgement(input: AcknowledgementInput): Notice {
  const ack = parseInput(AcknowledgementInput, input, 'writeAcknowledgement');
  const summary = ack.complaintSummary.replace(/^that\s+/i, '').replace(/[.\s]+$/, '');
  const outside = ack.notResponsibleFor ?? [];
  const blocks: Block[] = [
    greeting(ack),
    { heading: ack.stage === 1 ? `Your complaint${referenceNote(ack)}` : `Your request for a stage 2 review${referenceNote(ack)}` },
    {
      paragraph: ack.stage === 1
        ? 'Thank you for your complaint. We have logged it at stage 1 of our complaints process.'
        : 'Thank you for asking us to escalate your complaint. We have logged it at stage 2 of our complaints process, and it will be reviewed by someone who did not deal with it at stage 1.',
    },
    { heading: 'Our understanding of your complaint' },
    { paragraph: `You told us that ${summary}.` },
    { paragraph: 'To put things right, you would like:' },
    { list: ack.outcomesSought },
    { heading: 'What we will look at' },
    ...(outside.length === 0
      ? [{ paragraph: 'All of the points above are our responsibility, so we will look at each of them.' }]
      : [
          { paragraph: 'We will look at the points above that are our responsibility. These parts are not our responsibility, so they will not be looked at as part of this complaint:' },
          { list: outside.map((o) => (o.who ? `${o.aspect}: this is a matter for ${o.who}` : o.aspect)) },
        ]),
    { paragraph: 'If we have misunderstood anything, or something is missing, please tell us as soon as you can.' },
    { heading: 'When you will hear from us' },
    { paragraph: `We will send you our full response by ${letterDate(ack.responseDueOn)}.` },
    signOff(ack),
  ];
  return renderNotice(`${ack.stage === 1 ? 'We have received your complaint' : 'We have received your stage 2 request'}${referenceNote(ack)}`, blocks);
}
