import * as z from '../errors/zod.js';
import { IsoDate } from '../dates/isoDate.js';

import type { Division as DivisionName } from './divisions.js';

export { divisions } from './divisions.js';
/** The parts of the United Kingdom with their own bank holidays (see {@link divisions}). */
export type Division = DivisionName;

/**
 * Zod schema for a {@link Division}.
 *
 * @example
 * ```ts
 * Division.parse('scotland'); //=> 'scotland'
 * ```
 */
export const Division: z.ZodMiniType<DivisionName> = z.enum(['england-and-wales', 'scotland', 'northern-ireland']);

/**
 * One bank holiday in GOV.UK's `bank-holidays.json`.
 *
 * @example
 * ```ts
 * BankHolidayEvent.parse({ title: 'Boxing Day', date: '2026-12-28', notes: 'Substitute day', bunting: true });
 * ```
 */
export const BankHolidayEvent = z.object({
  title: z.string().check(z.minLength(1, 'A bank holiday needs a title')),
  date: IsoDate,
  notes: z._default(z.string(), ''),
  bunting: z._default(z.boolean(), true),
});
/**
 * A bank holiday as you pass it in (`notes` and `bunting` optional).
 *
 * @example
 * ```ts
 * const event: BankHolidayEvent = { title: 'Christmas Day', date: '2026-12-25' };
 * ```
 */
export type BankHolidayEvent = z.input<typeof BankHolidayEvent>;

const DivisionData = z.object({
  division: z.optional(z.string()),
  events: z.array(BankHolidayEvent),
});

/**
 * Zod schema for GOV.UK's `https://www.gov.uk/bank-holidays.json`: one entry per division, each a list of
 * events. Unknown top-level keys are ignored; at least one division must be present.
 *
 * @example
 * ```ts
 * const json = await (await fetch('https://www.gov.uk/bank-holidays.json')).json();
 * const parsed = BankHolidaysJson.safeParse(json);
 * if (!parsed.success) console.error(z.prettifyError(parsed.error));
 * ```
 */
export const BankHolidaysJson = z
  .object({
    'england-and-wales': z.optional(DivisionData),
    scotland: z.optional(DivisionData),
    'northern-ireland': z.optional(DivisionData),
  })
  .check(
    z.refine((data) => data['england-and-wales'] ?? data.scotland ?? data['northern-ireland'], {
      message: 'Expected GOV.UK bank-holidays.json: an object with "england-and-wales", "scotland" or "northern-ireland"',
    }),
  );
/**
 * GOV.UK `bank-holidays.json` as you pass it in.
 *
 * @example
 * ```ts
 * const data: BankHolidaysJson = JSON.parse(await readFile('bank-holidays.json', 'utf8'));
 * createCalendar({ bankHolidays: data });
 * ```
 */
export type BankHolidaysJson = z.input<typeof BankHolidaysJson>;
