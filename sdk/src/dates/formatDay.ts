import { civilFromDays, parseDayNumber, weekdayOf } from './dayNumber.js';
import { InvalidDateError } from './InvalidDateError.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * Options for {@link formatDay}.
 *
 * @example
 * ```ts
 * formatDay('2026-12-28', { weekday: false }); //=> '28 Dec 2026'
 * ```
 */
export interface FormatDayOptions {
  /** Leave out the weekday (`18 Dec 2026`). */
  weekday?: boolean | undefined;
  /** Leave out the year (`Fri 18 Dec`), for lists within one explanation. */
  year?: boolean | undefined;
}

/**
 * Formats an ISO date the way GOV.UK-style letters and screens write it: `Fri 18 Dec 2026`.
 * English names, no locale or time-zone dependence.
 *
 * @param date - The date, `YYYY-MM-DD`
 * @param options - Drop the weekday or the year
 * @returns The date in words
 * @throws {@link InvalidDateError} when `date` is not a real `YYYY-MM-DD` date
 *
 * @example
 * ```ts
 * formatDay('2026-12-18');                   //=> 'Fri 18 Dec 2026'
 * formatDay('2026-12-25', { year: false });  //=> 'Fri 25 Dec'
 * formatDay('2026-12-25', { weekday: false, year: false }); //=> '25 Dec'
 * ```
 */
export function formatDay(date: string, options?: FormatDayOptions): string {
  const dayNumber = parseDayNumber(date);
  if (Number.isNaN(dayNumber)) throw new InvalidDateError(date);
  const [year, month, day] = civilFromDays(dayNumber);
  const parts: string[] = [];
  if (options?.weekday !== false) parts.push(WEEKDAYS[weekdayOf(dayNumber)] ?? '');
  parts.push(String(day), MONTHS[month - 1] ?? '');
  if (options?.year !== false) parts.push(String(year));
  return parts.join(' ');
}
