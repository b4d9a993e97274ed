import * as z from '../../errors/zod.js';
import { greeting, NoticeBase, ombudsmanBlock, referenceNote, signOff } from './common.js';
import { renderNotice, type Block, type Notice } from './render.js';
import { parseInput } from '../../errors/ComplaintCodeInputError.js';

/**
 * Input to {@link writeEscalationRefusal}.
 *
 * @example
 * EscalationRefusalInput.parse({ landlord: 'Riverside Homes', reasons: 'you asked us to review it more than 12 months after our stage 1 response' });
 */
export const EscalationRefusalInput = z.extend(NoticeBase, {
  /** Why the complaint will not go to stage 2, completing "because …". */
  reasons: z.trimmed(3, 4000, 'reasons is required: explain why the complaint will not be escalated to stage 2'),
  /** What the resident can do instead (optional). */
  alternative: z.optional(z.trimmed(3, 2000)),
});
export type EscalationRefusalInput = z.input<typeof EscalationRefusalInput>;

/**
 * Writes the letter refusing to escalate a complaint to stage 2 (HO 2024 5.11): the reasons, the right to take
 * the decision to the Ombudsman, and its contact details. Checked as a `refusal` letter.
 *
 * @example
 * writeEscalationRefusal({ landlord: 'Riverside Homes', reasons: 'legal proceedings have started' }).text;
 */
export function writeEscalationRefusal(input: EscalationRefusalInput): Notice {
  const refusal = parseInput(EscalationRefusalInput, input, 'writeEscalationRefusal');
  const reasons = refusal.reasons.replace(/^because\s+/i, '').replace(/[.\s]+$/, '');
  const ombudsman = ombudsmanBlock(refusal);
  const blocks: Block[] = [
    greeting(refusal),
    { heading: `Your request for a stage 2 review${referenceNote(refusal)}` },
    { paragraph: `Thank you for asking us to review your complaint at stage 2. We are sorry, but we cannot escalate your complaint to stage 2 because ${reasons}.` },
    ...(refusal.alternative ? [{ paragraph: refusal.alternative }] : []),
    { heading: 'If you disagree with our decision' },
    { paragraph: `You have the right to ask the ${ombudsman.name} to look at our decision not to escalate your complaint. If the Ombudsman does not agree with our decision, it may tell us to review your complaint at stage 2. You can contact the Ombudsman:` },
    ombudsman.list,
    signOff(refusal),
  ];
  return renderNotice(`Your request for a stage 2 review${referenceNote(refusal)}: why we cannot escalate it`, blocks);
}
