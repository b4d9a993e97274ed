import * as z from '../errors/zod.js';
import { parseDayNumber } from './dayNumber.js';

/**
 * A calendar date as an ISO string, `YYYY-MM-DD`. Never a time; never time-zone dependent.
 *
 * @example
 * ```ts
 * const receivedOn: IsoDate = '2026-12-18';
 * ```
 */
export type IsoDate = string;

/**
 * Zod schema for an {@link IsoDate}: a `YYYY-MM-DD` string that names a real calendar day.
 *
 * @example
 * ```ts
 * import { IsoDate } from '@complaint-code/sdk';
 * IsoDate.parse('2026-12-18');              //=> '2026-12-18'
 * IsoDate.safeParse('2026-02-30').error?.issues[0]?.message;
 * //=> '2026-02-30 is not a real date'
 * ```
 */
export const IsoDate: z.ZodMiniType<IsoDate> = z.string().check(
  z.superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      ctx.addIssue({ code: 'custom', message: `Expected a date as YYYY-MM-DD, got "${value.slice(0, 40)}"` });
    } else if (Number.isNaN(parseDayNumber(value))) {
      ctx.addIssue({ code: 'custom', message: `${value} is not a real date` });
    }
  }),
);

