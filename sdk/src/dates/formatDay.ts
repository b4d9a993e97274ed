import { InvalidDateError } from './InvalidDateError.js';
import { isoWeekday } from './isoWeekday.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './names.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Options for {@link formatDay}.
 *
 * @example
 * ```ts
 * formatDay('2026-12-28', { weekday: false }); //=> '28 Dec 2026'
 * formatDay('2026-12-01', { long: true });     //=> 'Tuesday 1 December 2026'
 * ```
 */
export interface FormatDayOptions {
  /** Leave out the weekday (`18 Dec 2026`). */
  weekday?: boolean | undefined;
  /** Leave out the year (`Fri 18 Dec`), for lists within one explanation. */
  year?: boolean | undefined;
  /** Write the weekday and month in full, as a letter does (`Friday 18 December 2026`). */
  long?: boolean | undefined;
}

/**
 * Formats an ISO date the way GOV.UK-style letters and screens write it: `Fri 18 Dec 2026`, or in
 * full (`Friday 18 December 2026`) with `long`. English names, no locale or time-zone dependence.
 *
 * @param date - The date, `YYYY-MM-DD`
 * @param options - Drop the weekday or the year; write the names in full
 * @returns The date in words
 * @throws {@link InvalidDateError} when `date` is not a real `YYYY-MM-DD` date
 *
 * @example
 * ```ts
 * formatDay('2026-12-18');                   //=> 'Fri 18 Dec 2026'
 * formatDay('2026-12-25', { year: false });  //=> 'Fri 25 Dec'
 * formatDay('2026-12-25', { weekday: false, year: false }); //=> '25 Dec'
 * formatDay('2027-01-27', { long: true });   //=> 'Wednesday 27 January 2027'
 * ```
 */
export function formatDay(date: string, options?: FormatDayOptions): string {
  const [, y, m, d] = ISO.exec(date) ?? [];
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const weekday = isoWeekday(year, month, day);
  if (weekday < 0) throw new InvalidDateError(date);
  const length = options?.long ? undefined : 3;
  const parts: (string | number)[] = [day, MONTH_NAMES[month - 1]?.slice(0, length) ?? ''];
  if (options?.weekday !== false) parts.unshift(WEEKDAY_NAMES[weekday]?.slice(0, length) ?? '');
  if (options?.year !== false) parts.push(year);
  return parts.join(' ');
}
