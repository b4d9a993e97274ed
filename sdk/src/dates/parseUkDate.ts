/**
 * Read a date the way a person in the UK types it or a UK CRM shows it, or say why not. Never guesses: an ambiguous or impossible
 * date is a problem for the officer to see, not a deadline computed from the wrong day.
 */

/** The result of {@link parseUkDate}: the ISO date, or a message a person can act on. */
export type ParsedUkDate = { ok: true; date: string } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A calendar date, checked: 30 February is refused rather than rolled into March. */
function calendarDate(year: number, month: number, day: number, shown: string): ParsedUkDate {
  if (year < 1900 || year > 2200) return { ok: false, message: `"${shown}" has the year ${year}, which looks wrong` };
  if (month < 1 || month > 12) return { ok: false, message: `"${shown}" has no month ${month} (dates are read day first, as in 02/11/2026)` };
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || probe.getUTCMonth() !== month - 1) {
    return { ok: false, message: `"${shown}" is not a real date` };
  }
  return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** The day of the week of an ISO date, 0 = Sunday. */
function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The Europe/London calendar date of an instant. */
function londonDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const TIME = String.raw`(?:[ ,T]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})${TIME}$`, 'i');
const WORDS = new RegExp(
  String.raw`^(?:([a-z]+),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})${TIME}$`,
  'i',
);

/**
 * Parse a UK date (typed by a person, shown by a CRM, written in a CSV export) into an ISO date (`YYYY-MM-DD`, the date in Europe/London).
 *
 * Reads `02/11/2026` (day first, also `2.11.2026`, `02-11-2026`), `2 Nov 2026`, `2nd November 2026`,
 * `2026-11-02`, `Monday 2 November 2026 14:03` and ISO timestamps (`2026-11-02T23:30:00Z`, converted
 * to the London date). Refuses two-digit years, impossible dates, and a weekday that does not match.
 *
 * @example
 * parseUkDate('Monday 2 November 2026 14:03'); //=> { ok: true, date: '2026-11-02' }
 * parseUkDate('31/02/2026'); //=> { ok: false, message: '"31/02/2026" is not a real date' }
 */
export function parseUkDate(text: string): ParsedUkDate {
  const shown = text.replace(/\s+/g, ' ').trim();
  if (shown === '') return { ok: false, message: 'The date is empty' };

  const iso = ISO.exec(shown);
  if (iso) {
    const [, y, m, d, time, zone] = iso;
    const parsed = calendarDate(Number(y), Number(m), Number(d), shown);
    if (!parsed.ok || !time || !zone) return parsed;
    const instant = new Date(shown);
    return Number.isNaN(instant.getTime()) ? { ok: false, message: `"${shown}" is not a real time` } : { ok: true, date: londonDate(instant) };
  }

  const numeric = NUMERIC.exec(shown);
  if (numeric) {
    const [, d, m, y = ''] = numeric;
    if (y.length !== 4) return { ok: false, message: `"${shown}" has a ${y.length}-digit year; show the full year (2026)` };
    return calendarDate(Number(y), Number(m), Number(d), shown);
  }

  const words = WORDS.exec(shown);
  if (words) {
    const [, weekday, d, monthName = '', y] = words;
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
    const fullMonth = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    if (month === 0 || (monthName.length > 3 && !fullMonth.toLowerCase().startsWith(monthName.toLowerCase()))) {
      return { ok: false, message: `"${shown}": "${monthName}" is not a month` };
    }
    const parsed = calendarDate(Number(y), month, Number(d), shown);
    if (!parsed.ok || !weekday) return parsed;
    const weekdayIndex = WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase());
    if (weekdayIndex === -1) return { ok: false, message: `"${shown}": "${weekday}" is not a day of the week` };
    if (weekdayIndex !== weekdayOf(parsed.date)) {
      return { ok: false, message: `"${shown}": ${parsed.date} is not a ${weekday}` };
    }
    return parsed;
  }

  return { ok: false, message: `"${shown}" is not a date in a form we read (e.g. 02/11/2026, 2 Nov 2026, 2026-11-02)` };
}
