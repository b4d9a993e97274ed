import type { IsoDate } from '../dates/isoDate.js';
import type { Division } from './BankHolidaysJson.js';

/**
 * Why a day is not a working day.
 *
 * @example
 * ```ts
 * englandAndWales.nonWorkingDays('2026-12-25', '2026-12-25');
 * //=> [{ date: '2026-12-25', reason: 'Christmas Day', kind: 'bank-holiday' }]
 * ```
 */
export interface NonWorkingDay {
  date: IsoDate;
  /** Human words: `'Saturday'`, `'Christmas Day'`, `'Boxing Day (substitute day)'`, `'Office closure'`. */
  reason: string;
  kind: 'weekend' | 'bank-holiday' | 'closure';
}

/**
 * A working-day calendar: Monday to Friday, minus one division's bank holidays and the landlord's own
 * closure days. "Within N working days of X" is {@link Calendar.addWorkingDays}: X is day 0 whatever
 * day it is, and the deadline is the Nth working day after it.
 *
 * @example
 * ```ts
 * const calendar: Calendar = createCalendar({ division: 'northern-ireland' });
 * calendar.addWorkingDays('2026-07-10', 1);       //=> '2026-07-14' (Boyne substitute day)
 * calendar.workingDaysBetween('2026-07-10', '2026-07-14'); //=> 1
 * ```
 */
export interface Calendar {
  /** Whose bank holidays apply. */
  readonly division: Division;
  /** First and last day of the years this calendar has bank-holiday data for. */
  readonly coverage: { from: IsoDate; to: IsoDate };
  /** What happens outside `coverage`: a {@link CalendarRangeError}, or Monday–Friday counting. */
  readonly beyondData?: 'error' | 'weekends-only';
  /** Whether `date` is a working day. */
  isWorkingDay(date: IsoDate): boolean;
  /** The `days`-th working day after `date` (before it when negative); `date` itself is day 0. */
  addWorkingDays(date: IsoDate, days: number): IsoDate;
  /**
   * Signed working days from `from` to `to`: the working days in (from, to] when `to` is not before `from`,
   * else minus those in [to, from). So `addWorkingDays(a, n) = b` ⇒ `workingDaysBetween(a, b) = n`, for every `a` and `n`.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** Every non-working day in [from, to] (both included), with the reason, oldest first. */
  nonWorkingDays(from: IsoDate, to: IsoDate): NonWorkingDay[];
}

/**
 * Options for {@link createCalendar}.
 *
 * @example
 * ```ts
 * const options: CalendarOptions = { division: 'scotland', closureDays: [{ date: '2026-12-24', reason: 'Office closed' }], beyondData: 'weekends-only' };
 * ```
 */
export interface CalendarOptions {
  /** Whose bank holidays apply (default `'england-and-wales'`). */
  division?: Division | undefined;
  /**
   * The landlord's own closure days (e.g. a Christmas shutdown), as dates or `{ date, reason }`.
   * They must fall within the years the bank-holiday data covers.
   */
  closureDays?: readonly (IsoDate | { date: IsoDate; reason?: string | undefined })[] | undefined;
  /**
   * Newer bank holidays in GOV.UK's `bank-holidays.json` format (the parsed object or its JSON text).
   * Validated; for each year it contains it replaces the shipped data, and coverage grows to include it.
   */
  bankHolidays?: unknown;
  /** Outside the data: throw (`'error'`, the default) or count Monday to Friday only (`'weekends-only'`). */
  beyondData?: 'error' | 'weekends-only' | undefined;
}
