import { z } from 'zod';
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
  landlord: z.string().trim().min(1).max(200).optional(),
  residentName: z.string().trim().min(1).max(200).optional(),
  reference: z.string().trim().min(1).max(100).optional(),
  stage: z.union([z.literal(1), z.literal(2)]).optional(),
  responseDueOn: IsoDate.optional(),
  newDueOn: IsoDate.optional(),
  ombudsman: z.enum(['housing', 'lgsco']).optional(),
  contacts: OmbudsmanContacts.partial().optional(),
  /** Some parts of the complaint are not the landlord's to answer: the acknowledgement must say which (HO 2024 5.7). */
  partsNotOurs: z.boolean().optional(),
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
