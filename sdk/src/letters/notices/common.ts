import * as z from '../../errors/zod.js';
import { contactLines, OmbudsmanContacts, ombudsmanContacts } from '../ombudsman-contacts.js';
import type { Block } from './render.js';

/**
 * Fields every notice shares.
 *
 * @example
 * NoticeBase.parse({ landlord: 'Riverside Homes' });
 */
export const NoticeBase = z.object({
  landlord: z.trimmed(1, 200, 'landlord is required'),
  residentName: z.optional(z.trimmed(1, 200)),
  reference: z.optional(z.trimmed(1, 100)),
  /** Who signs: a role, not a name, unless the landlord chooses otherwise. */
  signedBy: z.optional(z.trimmed(1, 200)),
  ombudsman: z.optional(z.enum(['housing', 'lgsco'])),
  contacts: z.optional(z.partial(OmbudsmanContacts)),
});
export type NoticeBase = z.infer<typeof NoticeBase>;

/** The greeting. */
export const greeting = (base: NoticeBase): Block => ({ paragraph: `Dear ${base.residentName ?? 'resident'}` });

/** The sign-off. */
export const signOff = (base: NoticeBase): Block => ({ paragraph: `Yours sincerely\n\n${base.signedBy ?? 'Complaints Team'}\n${base.landlord}` });

/** " (reference X)" or "". */
export const referenceNote = (base: NoticeBase): string => (base.reference ? ` (reference ${base.reference})` : '');

/** The Ombudsman's name and contact details as a list. */
export function ombudsmanBlock(base: NoticeBase): { name: string; list: Block } {
  const contacts = ombudsmanContacts(base.ombudsman ?? 'housing', base.contacts);
  return { name: contacts.name, list: { list: contactLines(contacts) } };
}
