import * as z from '../../errors/zod.js';
import { greeting, NoticeBase, ombudsmanBlock, referenceNote, signOff } from './common.js';
import { renderNotice, type Block, type Notice } from './render.js';
import { parseInput } from '../../errors/ComplaintCodeInputError.js';

/**
 * Input to {@link writeRefusal}.
 *
 * @example
 * RefusalInput.parse({ landlord: 'Riverside Homes', matter: 'your complaint about the kitchen fitted in 2024', reasons: 'it was made more than 12 months after the kitchen was fitted' });
 */
export const RefusalInput = z.extend(NoticeBase, {
  /** What the resident raised, completing "We cannot accept … as a complaint". */
  matter: z.trimmed(3, 1000, 'matter is required: say what the resident raised'),
  /** Why it is not suitable for the complaints process, completing "because …". */
  reasons: z.trimmed(3, 4000, 'reasons is required: explain why the matter is not suitable for the complaints process'),
  /** What the resident can do instead (optional). */
  alternative: z.optional(z.trimmed(3, 2000)),
});
export type RefusalInput = z.input<typeof RefusalInput>;

/**
 * Writes the letter declining a complaint (HO 2024 2.4): the reasons, the right to take the decision to the
 * Ombudsman, and its contact details.
 *
 * @example
 * writeRefusal({ landlord: 'Riverside Homes', matter: 'your complaint about the kitchen', reasons: 'legal proceedings have started' }).text;
 */
export function writeRefusal(input: RefusalInput): Notice {
  const refusal = parseInput(RefusalInput, input, 'writeRefusal');
  const reasons = refusal.reasons.replace(/^because\s+/i, '').replace(/[.\s]+$/, '');
  const ombudsman = ombudsmanBlock(refusal);
  const blocks: Block[] = [
    greeting(refusal),
    { heading: `Your complaint${referenceNote(refusal)}` },
    { paragraph: `We are sorry, but we cannot accept ${refusal.matter.replace(/[.\s]+$/, '')} as a complaint because ${reasons}.` },
    ...(refusal.alternative ? [{ paragraph: refusal.alternative }] : []),
    { heading: 'If you disagree with our decision' },
    { paragraph: `You have the right to ask the ${ombudsman.name} to look at our decision not to accept your complaint. If the Ombudsman does not agree with our decision, it may tell us to take on your complaint. You can contact the Ombudsman:` },
    ombudsman.list,
    signOff(refusal),
  ];
  return renderNotice(`Your complaint${referenceNote(refusal)}: why we cannot accept it`, blocks);
}
