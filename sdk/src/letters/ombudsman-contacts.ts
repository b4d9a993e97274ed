import * as z from '../errors/zod.js';
import { parseInput } from '../errors/ComplaintCodeInputError.js';
import { deepFreeze } from '../errors/deep-freeze.js';

/**
 * How to reach an Ombudsman, as printed in a notice. Versioned data: `lastVerified` is the date the details were
 * last checked against a source, and `confirmed` is false when only third-party copies were in hand.
 *
 * @example
 * OmbudsmanContacts.parse({ name: 'Housing Ombudsman Service', phone: '0300 111 3000', website: 'www.housing-ombudsman.org.uk', lastVerified: '2026-11-24', sources: ['x'], confirmed: false });
 */
export const OmbudsmanContacts = z.object({
  name: z.string().check(z.minLength(1)),
  phone: z.optional(z.string().check(z.minLength(1))),
  email: z.optional(z.string().check(z.minLength(1))),
  post: z.optional(z.string().check(z.minLength(1))),
  website: z.optional(z.string().check(z.minLength(1))),
  onlineForm: z.optional(z.string().check(z.minLength(1))),
  lastVerified: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'lastVerified must be a date as YYYY-MM-DD')),
  sources: z.array(z.string()),
  confirmed: z.boolean(),
  notes: z.optional(z.array(z.string())),
});
export type OmbudsmanContacts = z.infer<typeof OmbudsmanContacts>;

/** Which Ombudsman a notice names. */
export type OmbudsmanId = 'housing' | 'lgsco';

/**
 * The Housing Ombudsman Service. Checked 2026-11-24 against landlord pages quoting it (Manchester City Council,
 * Peabody, Welwyn Hatfield), which agree; no page owned by the Ombudsman was retrievable, so `confirmed` is false.
 *
 * @example
 * housingOmbudsman.phone; // '0300 111 3000'
 */
export const housingOmbudsman: OmbudsmanContacts = /* @__PURE__ */ deepFreeze({
  name: 'Housing Ombudsman Service',
  phone: '0300 111 3000',
  email: 'info@housing-ombudsman.org.uk',
  post: 'Housing Ombudsman Service, PO Box 1484, Unit D, Preston, PR2 0ET',
  website: 'www.housing-ombudsman.org.uk',
  onlineForm: 'https://www.housing-ombudsman.org.uk/residents/make-a-complaint/',
  lastVerified: '2026-11-24',
  sources: [
    'https://www.manchester.gov.uk/info/200025/complaints_comments_and_questions/8579/social_housing_complaints/2',
    'https://www.peabody.org.uk/contact-us/make-a-complaint/how-we-deal-with-complaints/',
    'https://welhat.gov.uk/policies/complaints-policy-procedure/14',
  ],
  confirmed: false,
  notes: ['Third-party copies only; not confirmed from a Housing Ombudsman page.'],
});

/**
 * The Local Government and Social Care Ombudsman. Phone and post agree across council pages (Welwyn Hatfield,
 * Staffordshire, Newcastle-under-Lyme, New Forest); it publishes no general email and steers people to its online form.
 *
 * @example
 * localGovernmentOmbudsman.post; // 'PO Box 4771, Coventry, CV4 0EH'
 */
export const localGovernmentOmbudsman: OmbudsmanContacts = /* @__PURE__ */ deepFreeze({
  name: 'Local Government and Social Care Ombudsman',
  phone: '0300 061 0614',
  post: 'PO Box 4771, Coventry, CV4 0EH',
  website: 'www.lgo.org.uk',
  lastVerified: '2026-11-24',
  sources: [
    'https://welhat.gov.uk/policies/complaints-policy-procedure/14',
    'https://www.staffordshire.gov.uk/contact-complaints-and-compliments/complaints/make-complaint/local-government-and-social-care',
  ],
  confirmed: false,
  notes: ['Third-party copies only. Online form URL and opening hours not confirmed.'],
});

/**
 * The contact details for an Ombudsman, with the landlord's overrides (for example a newer phone number) applied.
 *
 * @example
 * ombudsmanContacts('housing').website; // 'www.housing-ombudsman.org.uk'
 * ombudsmanContacts('lgsco', { phone: '0300 000 0000' }).phone; // '0300 000 0000'
 */
export function ombudsmanContacts(which: OmbudsmanId = 'housing', override?: Partial<OmbudsmanContacts>): OmbudsmanContacts {
  const base = which === 'lgsco' ? localGovernmentOmbudsman : housingOmbudsman;
  return override ? parseInput(OmbudsmanContacts, { ...base, ...override }, 'ombudsmanContacts') : base;
}

/**
 * The contact details as lines of a letter ("Phone: 0300 111 3000"…), in the order a resident needs them.
 *
 * @example
 * contactLines(housingOmbudsman)[0]; // 'Phone: 0300 111 3000'
 */
export function contactLines(contacts: OmbudsmanContacts): string[] {
  const lines: string[] = [];
  if (contacts.phone) lines.push(`Phone: ${contacts.phone}`);
  if (contacts.email) lines.push(`Email: ${contacts.email}`);
  if (contacts.onlineForm) lines.push(`Online: ${contacts.onlineForm}`);
  else if (contacts.website) lines.push(`Website: ${contacts.website}`);
  if (contacts.post) lines.push(`Post: ${contacts.post}`);
  return lines;
}
