import { calendarDate } from './calendarDate.js';
import { compileDateFormat } from './compileDateFormat.js';
import { isRelativeTime } from './isRelativeTime.js';
import { monthFromName, weekdayFromName } from './names.js';
import type { ParsedUkDate } from './ParsedUkDate.js';
import { parseIsoDate } from './parseIsoDate.js';

/**
 * Options for {@link parseUkDate}.
 *
 * @example
 * ```ts
 * parseUkDate('03/04/2026', { formats: ['M/d/yyyy'] }); //=> { ok: true, date: '2026-03-04' }
 * ```
 */
export interface ParseUkDateOptions {
  /**
   * The date formats a CRM field declares (see {@link compileDateFormat}): only these are tried, in
   * order. The one way to read month-first `03/04/2026` (`M/d/yyyy`). Empty or absent: the forms
   * that need no declaring.
   */
  formats?: readonly string[] | undefined;
  /**
   * The text was shown on a CRM page: relative text ("4 days ago") is refused with a pointer to the
   * element's `datetime` or `title` attribute, where such pages keep the real date.
   */
  fromPage?: boolean | undefined;
}

// Bounded repeats only (no nested quantifiers): these run in linear time on any text.
const TIME = String.raw`(?:[ ,T]{1,3}(?:at\s{1,3})?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s?(?:am|pm)?)?`;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]|$)/;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})${TIME}$`, 'i');
/** `2 Nov 2026`, `Monday 2 November 2026 14:03`, `19-Nov-2026`. */
const DAY_FIRST = new RegExp(String.raw`^(?:([a-z]{3,9}),?\s)?(\d{1,2})(?:st|nd|rd|th)?[\s-]([a-z]{3,9})\.?,?[\s-](\d{4})${TIME}$`, 'i');
/** `Nov 19, 2026 16:40`, `Thursday, November 19, 2026`: the month name makes month-first unambiguous. */
const MONTH_FIRST = new RegExp(String.raw`^(?:([a-z]{3,9}),?\s)?([a-z]{3,9})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})${TIME}$`, 'i');

/** A date written with a month name (and perhaps a weekday, which must be the date's). */
function namedMonth(weekday: string | undefined, day: string | undefined, monthName: string, year: string | undefined, shown: string): ParsedUkDate {
  const month = monthFromName(monthName);
  if (month === 0) return { ok: false, message: `"${shown}": "${monthName}" is not a month` };
  return calendarDate(Number(year), month, Number(day), shown, weekday ? [weekday, weekdayFromName(weekday)] : undefined);
}

/** Only the declared formats, in order; a real error (not a real date) beats "not in the format". */
function inDeclaredFormats(shown: string, formats: readonly string[]): ParsedUkDate {
  let first: ParsedUkDate | undefined;
  for (const format of formats) {
    const compiled = compileDateFormat(format);
    if (!compiled.ok) return { ok: false, message: compiled.message };
    const parsed = compiled.format.parse(shown);
    if (parsed.ok) return parsed;
    if (!first || (first.ok === false && first.message.includes('is not in the format'))) first = parsed;
  }
  if (first && !first.ok && !first.message.includes('is not in the format')) return first;
  return { ok: false, message: `"${shown}" is not in the date format${formats.length > 1 ? 's' : ''} ${formats.join(' or ')}` };
}

/**
 * Read a date the way a person in the UK types it, a UK CRM shows it or a CSV export writes it, as
 * an ISO date (`YYYY-MM-DD`, the date in Europe/London), or say why not. Never guesses and never
 * throws: an ambiguous or impossible date is a problem for the officer to see, not a deadline
 * worked out from the wrong day.
 *
 * Without `formats` it reads the forms that need no declaring: `02/11/2026` (day first; also
 * `2.11.2026`, `02-11-2026`), `2 Nov 2026`, `2nd November 2026`, `19-Nov-2026`,
 * `Nov 19, 2026 16:40` (a month name makes month-first safe), `Monday 2 November 2026 14:03`,
 * `2026-11-19 16:40` and ISO timestamps (`2026-11-02T23:30:00Z`, converted to the London date). It
 * refuses two-digit years, impossible dates, a weekday that does not match, and relative text
 * ("4 days ago"). With `formats` only those are tried: the way to read month-first `03/04/2026`.
 *
 * @param text - The date as shown or typed
 * @param options - Declared formats; whether the text came from a CRM page
 * @returns The ISO date, or a message a person can act on
 *
 * @example
 * ```ts
 * parseUkDate('Monday 2 November 2026 14:03');          //=> { ok: true, date: '2026-11-02' }
 * parseUkDate('03/04/2026', { formats: ['M/d/yyyy'] }); //=> { ok: true, date: '2026-03-04' }
 * parseUkDate('31/02/2026'); //=> { ok: false, message: '"31/02/2026" is not a real date' }
 * ```
 */
export function parseUkDate(text: string, options?: ParseUkDateOptions): ParsedUkDate {
  const shown = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  if (shown === '') return { ok: false, message: 'The date is empty' };
  if (shown.length > 80) return { ok: false, message: `"${shown.slice(0, 40)}…" is too long to be a date` };

  if (options?.formats && options.formats.length > 0) return inDeclaredFormats(shown, options.formats);

  if (ISO_LIKE.test(shown)) return parseIsoDate(shown);

  const numeric = NUMERIC.exec(shown);
  if (numeric) {
    const [, d, m, y = ''] = numeric;
    if (y.length !== 4) return { ok: false, message: `"${shown}" has a ${y.length}-digit year; show the full year (2026)` };
    return calendarDate(Number(y), Number(m), Number(d), shown);
  }

  const dayFirst = DAY_FIRST.exec(shown);
  if (dayFirst) return namedMonth(dayFirst[1], dayFirst[2], dayFirst[3] ?? '', dayFirst[4], shown);

  const monthFirst = MONTH_FIRST.exec(shown);
  if (monthFirst) return namedMonth(monthFirst[1], monthFirst[3], monthFirst[2] ?? '', monthFirst[4], shown);

  if (isRelativeTime(shown)) {
    return {
      ok: false,
      message: `"${shown}" is a relative time; ${options?.fromPage ? 'read the date from an attribute (e.g. datetime or title)' : 'give the date itself (e.g. 02/11/2026)'}`,
    };
  }
  return { ok: false, message: `"${shown}" is not a date in a form we read (e.g. 02/11/2026, 2 Nov 2026, 2026-11-02)` };
}
