import { isoWeekday } from './isoWeekday.js';
import type { ParsedUkDate } from './ParsedUkDate.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A calendar date read from `shown`, checked: 30 February is refused rather than rolled into March,
 * a year outside 1900–2200 is taken for a typing slip, and a weekday shown with the date (its name
 * and its number, 0 = Monday, -1 when the name is none) must be the date's. Internal to the readers.
 *
 * @example
 * calendarDate(2026, 11, 2, '2 Nov 2026'); //=> { ok: true, date: '2026-11-02' }
 * calendarDate(2026, 2, 30, '30/02/2026'); //=> { ok: false, message: '"30/02/2026" is not a real date' }
 * calendarDate(2026, 11, 2, 'Tue 2 Nov 2026', ['Tue', 1]); //=> { ok: false, message: '"Tue 2 Nov 2026": 2026-11-02 is not a Tue' }
 */
export function calendarDate(year: number, month: number, day: number, shown: string, weekday?: [name: string, index: number]): ParsedUkDate {
  if (year < 1900 || year > 2200) return { ok: false, message: `"${shown}" has the year ${year}, which looks wrong` };
  if (month < 1 || month > 12) return { ok: false, message: `"${shown}" has no month ${month} (dates are read day first, as in 02/11/2026)` };
  const dayOfWeek = isoWeekday(year, month, day);
  if (dayOfWeek < 0) return { ok: false, message: `"${shown}" is not a real date` };
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (weekday?.[1] === -1) return { ok: false, message: `"${shown}": "${weekday[0]}" is not a day of the week` };
  if (weekday && weekday[1] !== dayOfWeek) return { ok: false, message: `"${shown}": ${date} is not a ${weekday[0]}` };
  return { ok: true, date };
}
