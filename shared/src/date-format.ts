/**
 * @module @complaint-code/shared/date-format
 *
 * Date formats an adapter field declares (`d/M/yyyy`, `yyyy-MM-dd HH:mm`, `MMM d, yyyy HH:mm`,
 * `dd-MMM-yyyy`, `iso`), in the Unicode/date-fns token style admins meet in CRM settings. A declared
 * format is the only way to read an ambiguous form such as month-first `03/04/2026`. Zod-free so
 * the content script can carry it.
 *
 * Tokens: `d dd do` day (`do`: 2nd), `M MM` month number, `MMM` short month name (Nov, Sept),
 * `MMMM` full month name, `yyyy` year, `H HH` hour 0–23, `h hh` hour 1–12, `mm` minutes,
 * `ss` seconds, `a` am/pm, `EEE EEEE` weekday name (checked against the date), `'text'` literal text.
 * Any other non-letter is literal; a space matches any run of spaces. `iso` reads ISO 8601 dates and
 * date-times (`2026-11-19`, `2026-11-19T16:40:00Z`, converted to the Europe/London date).
 */

export type ParsedDate = { ok: true; date: string } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const FULL_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A calendar date, checked: 30 February is refused rather than rolled into March.
 *
 * @example
 * calendarDate(2026, 11, 2, '2 Nov 2026'); //=> { ok: true, date: '2026-11-02' }
 */
export function calendarDate(year: number, month: number, day: number, shown: string): ParsedDate {
  if (year < 1900 || year > 2200) return { ok: false, message: `"${shown}" has the year ${year}, which looks wrong` };
  if (month < 1 || month > 12) return { ok: false, message: `"${shown}" has no month ${month} (dates are read day first, as in 02/11/2026)` };
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || probe.getUTCMonth() !== month - 1) return { ok: false, message: `"${shown}" is not a real date` };
  return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/**
 * The Europe/London calendar date of an instant (CRMs store UTC; the Code counts London days).
 *
 * @example
 * londonDate(new Date('2026-06-01T23:30:00Z')); //=> '2026-06-02'
 */
export function londonDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Read an ISO 8601 date or date-time. With a zone (`Z`, `+01:00`) the instant is converted to the
 * London date; without one the date shown is the date.
 *
 * @example
 * parseIsoDate('2026-11-19T23:40:00-05:00'); //=> { ok: true, date: '2026-11-20' }
 */
export function parseIsoDate(text: string): ParsedDate {
  const shown = text.trim();
  const iso = ISO.exec(shown);
  if (!iso) return { ok: false, message: `"${shown}" is not an ISO date (2026-11-19 or 2026-11-19T16:40:00Z)` };
  const [, y, m, d, hh, mm, , zone] = iso;
  const parsed = calendarDate(Number(y), Number(m), Number(d), shown);
  if (!parsed.ok || !zone) return parsed;
  if (Number(hh) > 23 || Number(mm) > 59) return { ok: false, message: `"${shown}" is not a real time` };
  const instant = new Date(shown.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/([+-]\d{2})$/, '$1:00'));
  return Number.isNaN(instant.getTime()) ? { ok: false, message: `"${shown}" is not a real time` } : { ok: true, date: londonDate(instant) };
}

type Part = { token: string } | { literal: string };

const TOKENS = ['EEEE', 'EEE', 'MMMM', 'MMM', 'yyyy', 'do', 'dd', 'd', 'MM', 'M', 'HH', 'H', 'hh', 'h', 'mm', 'ss', 'a'];

function tokenise(format: string): Part[] | string {
  const parts: Part[] = [];
  for (let at = 0; at < format.length; ) {
    const c = format[at] as string;
    if (c === "'") {
      const end = format.indexOf("'", at + 1);
      if (end === -1) return 'a quote (\') is never closed';
      parts.push({ literal: format.slice(at + 1, end) });
      at = end + 1;
    } else if (/[a-z]/i.test(c)) {
      const token = TOKENS.find((t) => format.startsWith(t, at));
      if (!token) {
        const run = /^[a-z]+/i.exec(format.slice(at))?.[0] ?? c;
        if (/^y+$/.test(run)) return `"${run}": two-digit years are ambiguous; the format needs a four-digit year (yyyy)`;
        return `"${run}" is not a date token (use d, dd, M, MM, MMM, MMMM, yyyy, HH, mm, ss, h, a, EEE; put other words in quotes)`;
      }
      parts.push({ token });
      at += token.length;
    } else {
      parts.push({ literal: c });
      at++;
    }
  }
  const tokens = parts.flatMap((p) => ('token' in p ? [p.token] : []));
  if (!tokens.includes('yyyy')) return 'the format needs a four-digit year (yyyy)';
  if (!tokens.some((t) => t.startsWith('M'))) return 'the format needs a month (M, MM, MMM or MMMM)';
  if (!tokens.some((t) => t.startsWith('d'))) return 'the format needs a day (d, dd or do)';
  return parts;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');

const TOKEN_SOURCE: Record<string, string> = {
  EEEE: '([a-z]+)',
  EEE: '([a-z]{3,4})\\.?',
  MMMM: '([a-z]+)',
  MMM: '([a-z]{3,4})\\.?',
  yyyy: '(\\d{4})',
  do: '(\\d{1,2})(?:st|nd|rd|th)',
  dd: '(\\d{2})',
  d: '(\\d{1,2})',
  MM: '(\\d{2})',
  M: '(\\d{1,2})',
  HH: '(\\d{2})',
  H: '(\\d{1,2})',
  hh: '(\\d{2})',
  h: '(\\d{1,2})',
  mm: '(\\d{2})',
  ss: '(\\d{2})',
  a: '([ap]\\.?m\\.?)',
};

/** A compiled date format: `parse` reads text in it, or says why not. */
export interface DateFormat {
  readonly format: string;
  parse(text: string): ParsedDate;
}

function monthFrom(name: string, full: boolean): number {
  const lower = name.toLowerCase();
  if (full) return FULL_MONTHS.indexOf(lower) + 1;
  if (lower === 'sept') return 9;
  return lower.length === 3 ? MONTHS.indexOf(lower) + 1 : 0;
}

/**
 * Compile a declared date format, or say what is wrong with it.
 *
 * @example
 * const f = compileDateFormat('MMM d, yyyy HH:mm');
 * f.ok && f.format.parse('Nov 19, 2026 16:40'); //=> { ok: true, date: '2026-11-19' }
 * compileDateFormat('dd/MM/yy').ok; //=> false (two-digit years are ambiguous)
 */
export function compileDateFormat(format: string): { ok: true; format: DateFormat } | { ok: false; message: string } {
  if (format.trim().toLowerCase() === 'iso') {
    const parse = (text: string): ParsedDate =>
      ISO.test(text.trim()) ? parseIsoDate(text) : { ok: false, message: `"${text.trim().slice(0, 80)}" is not in the format iso` };
    return { ok: true, format: { format: 'iso', parse } };
  }
  const parts = tokenise(format);
  if (typeof parts === 'string') return { ok: false, message: `Date format "${format}": ${parts}` };
  // Built only from our own fixed token sources and escaped literals: no nested repeats, so linear.
  const regex = new RegExp(`^${parts.map((p) => ('token' in p ? (TOKEN_SOURCE[p.token] as string) : escape(p.literal))).join('')}$`, 'i');
  const tokens = parts.flatMap((p) => ('token' in p ? [p.token] : []));
  const parse = (text: string): ParsedDate => {
    const shown = text.replace(/\s+/g, ' ').trim();
    if (shown.length > 80) return { ok: false, message: `"${shown.slice(0, 40)}…" is too long to be a date` };
    const match = regex.exec(shown);
    if (!match) return { ok: false, message: `"${shown}" is not in the format ${format}` };
    let year = 0;
    let month = 0;
    let day = 0;
    let weekday: string | undefined;
    let hour: number | undefined;
    let twelve = false;
    let meridiem: string | undefined;
    let minute = 0;
    tokens.forEach((token, i) => {
      const value = match[i + 1] ?? '';
      if (token === 'yyyy') year = Number(value);
      else if (token.startsWith('M')) month = token.length >= 3 ? monthFrom(value, token === 'MMMM') : Number(value);
      else if (token.startsWith('d')) day = Number(value);
      else if (token.startsWith('E')) weekday = value;
      else if (token.startsWith('H')) hour = Number(value);
      else if (token.startsWith('h')) [hour, twelve] = [Number(value), true];
      else if (token === 'mm') minute = Number(value);
      else if (token === 'a') meridiem = value;
    });
    if (month === 0) return { ok: false, message: `"${shown}": the month name is not one we know` };
    if (hour !== undefined && (minute > 59 || (twelve ? hour < 1 || hour > 12 : hour > 23))) {
      return { ok: false, message: `"${shown}" is not a real time` };
    }
    if (twelve && !meridiem) return { ok: false, message: `"${shown}": a 12-hour time needs am or pm (add "a" to the format)` };
    const parsed = calendarDate(year, month, day, shown);
    if (!parsed.ok || weekday === undefined) return parsed;
    const lower = weekday.toLowerCase();
    const index = lower.length > 4 ? FULL_WEEKDAYS.indexOf(lower) : WEEKDAYS.indexOf(lower.slice(0, 3));
    if (index === -1) return { ok: false, message: `"${shown}": "${weekday}" is not a day of the week` };
    if (index !== new Date(`${parsed.date}T00:00:00Z`).getUTCDay()) return { ok: false, message: `"${shown}": ${parsed.date} is not a ${weekday}` };
    return parsed;
  };
  return { ok: true, format: { format, parse } };
}
