/**
 * @module extension/lib/parse-crm-date
 *
 * Read a date the way UK CRMs show it, or say why not. Never guesses: an ambiguous or impossible
 * date is a problem for the officer to see, not a deadline computed from the wrong day.
 */

import { calendarDate, compileDateFormat, parseIsoDate, type ParsedDate } from '@complaint-code/shared';

export type ParsedCrmDate = ParsedDate;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The day of the week of an ISO date, 0 = Sunday. */
function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

// Bounded repeats only (no nested quantifiers): these run in linear time on any text.
const TIME = String.raw`(?:[ ,T]{1,3}(?:at\s{1,3})?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s?(?:am|pm)?)?`;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]|$)/;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})${TIME}$`, 'i');
/** `2 Nov 2026`, `Monday 2 November 2026 14:03`, `19-Nov-2026`. */
const DAY_FIRST = new RegExp(String.raw`^(?:([a-z]{3,9}),?\s)?(\d{1,2})(?:st|nd|rd|th)?[\s-]([a-z]{3,9})\.?,?[\s-](\d{4})${TIME}$`, 'i');
/** `Nov 19, 2026 16:40`, `Thursday, November 19, 2026`: the month name makes month-first unambiguous. */
const MONTH_FIRST = new RegExp(String.raw`^(?:([a-z]{3,9}),?\s)?([a-z]{3,9})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})${TIME}$`, 'i');
/** Relative times ("4 days ago", "yesterday"): the real date is in an attribute, never worked out from the text. */
const RELATIVE = /\b(?:ago|yesterday|today|tomorrow|just now|last (?:week|month)|in \d+ \w+)\b/i;

/**
 * Does the text read as a relative time ("4 days ago")? Such text never gives a date itself; the
 * reader looks for the machine date in the element's attributes instead.
 *
 * @example
 * isRelativeTime('4 days ago'); //=> true
 */
export function isRelativeTime(text: string): boolean {
  return text.length < 60 && RELATIVE.test(text);
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const month = MONTHS.indexOf(lower.slice(0, 3)) + 1;
  if (month === 0) return 0;
  if (lower.length === 3 || lower === 'sept') return month;
  const full = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' }).toLowerCase();
  return full.startsWith(lower) ? month : 0;
}

function withWeekday(parsed: ParsedDate, weekday: string | undefined, shown: string): ParsedDate {
  if (!parsed.ok || !weekday) return parsed;
  const weekdayIndex = WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase());
  if (weekdayIndex === -1) return { ok: false, message: `"${shown}": "${weekday}" is not a day of the week` };
  if (weekdayIndex !== weekdayOf(parsed.date)) return { ok: false, message: `"${shown}": ${parsed.date} is not a ${weekday}` };
  return parsed;
}

/**
 * Parse a date shown by a CRM into an ISO date (`YYYY-MM-DD`, the date in Europe/London).
 *
 * With `formats` (the field's declared date formats, see `@complaint-code/shared/date-format`),
 * only those are tried, in order: the way to read month-first `03/04/2026` (`M/d/yyyy`). Without,
 * it reads the unambiguous forms CRMs show: `02/11/2026` (day first, UK; also `2.11.2026`,
 * `02-11-2026`), `2 Nov 2026`, `2nd November 2026`, `19-Nov-2026`, `Nov 19, 2026 16:40`,
 * `2026-11-19 16:40`, `Monday 2 November 2026 14:03` and ISO timestamps (`2026-11-02T23:30:00Z`,
 * converted to the London date). Refuses two-digit years, impossible dates, a weekday that does not
 * match, and relative text ("4 days ago").
 *
 * @example
 * parseCrmDate('Monday 2 November 2026 14:03'); //=> { ok: true, date: '2026-11-02' }
 * parseCrmDate('03/04/2026', ['M/d/yyyy']); //=> { ok: true, date: '2026-03-04' }
 * parseCrmDate('31/02/2026'); //=> { ok: false, message: '"31/02/2026" is not a real date' }
 */
export function parseCrmDate(text: string, formats?: readonly string[]): ParsedCrmDate {
  const shown = text.replace(/\s+/g, ' ').trim();
  if (shown === '') return { ok: false, message: 'The date is empty' };
  if (shown.length > 80) return { ok: false, message: `"${shown.slice(0, 40)}…" is too long to be a date` };

  if (formats && formats.length > 0) {
    let first: ParsedDate | undefined;
    for (const format of formats) {
      const compiled = compileDateFormat(format);
      if (!compiled.ok) return { ok: false, message: compiled.message };
      const parsed = compiled.format.parse(shown);
      if (parsed.ok) return parsed;
      // A real error (not a real date, wrong weekday) beats "not in the format" from a later format.
      if (!first || (first.ok === false && first.message.includes('is not in the format'))) first = parsed;
    }
    if (first && !first.ok && !first.message.includes('is not in the format')) return first;
    return { ok: false, message: `"${shown}" is not in the date format${formats.length > 1 ? 's' : ''} ${formats.join(' or ')}` };
  }

  if (ISO_LIKE.test(shown)) return parseIsoDate(shown);

  const numeric = NUMERIC.exec(shown);
  if (numeric) {
    const [, d, m, y = ''] = numeric;
    if (y.length !== 4) return { ok: false, message: `"${shown}" has a ${y.length}-digit year; show the full year (2026)` };
    return calendarDate(Number(y), Number(m), Number(d), shown);
  }

  const dayFirst = DAY_FIRST.exec(shown);
  if (dayFirst) {
    const [, weekday, d, monthName = '', y] = dayFirst;
    const month = monthNumber(monthName);
    if (month === 0) return { ok: false, message: `"${shown}": "${monthName}" is not a month` };
    return withWeekday(calendarDate(Number(y), month, Number(d), shown), weekday, shown);
  }

  const monthFirst = MONTH_FIRST.exec(shown);
  if (monthFirst) {
    const [, weekday, monthName = '', d, y] = monthFirst;
    const month = monthNumber(monthName);
    if (month === 0) return { ok: false, message: `"${shown}": "${monthName}" is not a month` };
    return withWeekday(calendarDate(Number(y), month, Number(d), shown), weekday, shown);
  }

  if (isRelativeTime(shown)) {
    return { ok: false, message: `"${shown}" is a relative time; read the date from an attribute (e.g. datetime or title)` };
  }
  return { ok: false, message: `"${shown}" is not a date in a form we read (e.g. 02/11/2026, 2 Nov 2026, 2026-11-02)` };
}
