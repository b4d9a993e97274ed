import { calendarDate } from './calendarDate.js';
import type { ParsedUkDate } from './ParsedUkDate.js';
import { todayInLondon } from './todayInLondon.js';

/** ISO 8601 date, or date-time with an optional zone (`Z`, `+01:00`, `+0100`, `+01`). Linear: no nested repeats. */
export const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Read an ISO 8601 date or date-time. With a zone (`Z`, `+01:00`) the instant is converted to the
 * London date; without one the date shown is the date.
 *
 * @param text - The date or date-time, e.g. `2026-11-19` or `2026-11-19T16:40:00Z`
 * @returns The London calendar date, or why not
 *
 * @example
 * ```ts
 * parseIsoDate('2026-11-19T23:40:00-05:00'); //=> { ok: true, date: '2026-11-20' }
 * parseIsoDate('2026-06-01T23:30:00Z');      //=> { ok: true, date: '2026-06-02' } (BST)
 * ```
 */
export function parseIsoDate(text: string): ParsedUkDate {
  const shown = text.trim();
  const iso = ISO_DATE_TIME.exec(shown);
  if (!iso) return { ok: false, message: `"${shown}" is not an ISO date (2026-11-19 or 2026-11-19T16:40:00Z)` };
  const [, y, m, d, hh, mm, , zone] = iso;
  const parsed = calendarDate(Number(y), Number(m), Number(d), shown);
  if (!parsed.ok || !zone) return parsed;
  if (Number(hh) > 23 || Number(mm) > 59) return { ok: false, message: `"${shown}" is not a real time` };
  const instant = new Date(shown.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/([+-]\d{2})$/, '$1:00'));
  return Number.isNaN(instant.getTime()) ? { ok: false, message: `"${shown}" is not a real time` } : { ok: true, date: todayInLondon(instant) };
}
