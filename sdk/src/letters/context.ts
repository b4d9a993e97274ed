import * as z from '../errors/zod.js';
import { formatDay } from '../dates/formatDay.js';
import { IsoDate } from '../dates/isoDate.js';
import { OmbudsmanContacts } from './ombudsman-contacts.js';

/**
 * What the checker and the notice writers know about the complaint, used to fill suggested sentences.
 * Every field is optional: a missing value becomes a bracketed prompt such as "[date]".
 *
 * @example
 * LetterContext.parse({ landlord: 'Riverside Homes', reference: 'C-1042', newDueOn: '2027-01-27', ombudsman: 'housing' });
 */
export const LetterContext = z.object({
  landlord: z.optional(z.trimmed(1, 200)),
  residentName: z.optional(z.trimmed(1, 200)),
  reference: z.optional(z.trimmed(1, 100)),
  stage: z.optional(z.literal([1, 2])),
  responseDueOn: z.optional(IsoDate),
  newDueOn: z.optional(IsoDate),
  ombudsman: z.optional(z.enum(['housing', 'lgsco'])),
  contacts: z.optional(z.partial(OmbudsmanContacts)),
  /** Some parts of the complaint are not the landlord's to answer: the acknowledgement must say which (HO 2024 5.7). */
  partsNotOurs: z.optional(z.boolean()),
});
export type LetterContext = z.infer<typeof LetterContext>;

/**
 * Writes an ISO date the way a letter does, in full: "Wednesday 27 January 2027". Independent of time zone.
 *
 * @example
 * letterDate('2027-01-27'); // 'Wednesday 27 January 2027'
 */
export function letterDate(date: IsoDate): string {
  return formatDay(date, { long: true });
}
