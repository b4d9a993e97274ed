/**
 * Date formats a CRM field declares (`d/M/yyyy`, `yyyy-MM-dd HH:mm`, `MMM d, yyyy HH:mm`,
 * `dd-MMM-yyyy`, `iso`), in the Unicode/date-fns token style admins meet in CRM settings. A declared
 * format is the only way to read an ambiguous form such as month-first `03/04/2026`.
 *
 * Tokens: `d dd do` day (`do`: 2nd), `M MM` month number, `MMM` short month name (Nov, Sept),
 * `MMMM` full month name, `yyyy` year, `H HH` hour 0–23, `h hh` hour 1–12, `mm` minutes,
 * `ss` seconds, `a` am/pm, `EEE EEEE` weekday name (checked against the date), `'text'` literal text.
 * Any other non-letter is literal; a space matches any run of spaces. `iso` reads ISO 8601 dates and
 * date-times (`2026-11-19`, `2026-11-19T16:40:00Z`, converted to the Europe/London date).
 */
import { calendarDate } from './calendarDate.js';
import { MONTH_NAMES, monthFromName, WEEKDAY_NAMES, weekdayFromName } from './names.js';
import type { ParsedUkDate } from './ParsedUkDate.js';
import { ISO_DATE_TIME, parseIsoDate } from './parseIsoDate.js';

type Part = { token: string } | { literal: string };

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
/** The tokens, longest first where one starts another (`MMMM` before `MMM` before `MM`): the order above. */
const TOKENS = Object.keys(TOKEN_SOURCE);

/**
 * A compiled date format (see {@link compileDateFormat}): `parse` reads text in it, or says why not.
 *
 * @example
 * ```ts
 * const compiled = compileDateFormat('d/M/yyyy');
 * if (compiled.ok) compiled.format.parse('2/11/2026'); //=> { ok: true, date: '2026-11-02' }
 * ```
 */
export interface DateFormat {
  /** The format as declared, e.g. `M/d/yyyy`. */
  readonly format: string;
  /** Read `text` in this format: the ISO date, or why not. */
  parse(text: string): ParsedUkDate;
}

/** `MMM`: three letters or `Sept`; `MMMM`: the full name. 0 when it is neither. */
function monthFrom(name: string, full: boolean): number {
  const month = monthFromName(name);
  const written = MONTH_NAMES[month - 1]?.toLowerCase();
  return (full ? written === name.toLowerCase() : name.length === 3 || /^sept$/i.test(name)) ? month : 0;
}

/** `EEEE`: the full name (a four-letter `Tues` is read by its first three letters); `EEE`: three letters. */
function weekdayFrom(name: string): number {
  const lower = name.toLowerCase();
  return lower.length > 4 ? WEEKDAY_NAMES.findIndex((weekday) => weekday.toLowerCase() === lower) : weekdayFromName(lower);
}

/**
 * Compile a declared date format, or say what is wrong with it.
 *
 * @param format - The format, in date-fns tokens (`dd/MM/yyyy`, `MMM d, yyyy HH:mm`) or `iso`
 * @returns The compiled format, or a message naming what is wrong with it
 *
 * @example
 * ```ts
 * const f = compileDateFormat('MMM d, yyyy HH:mm');
 * f.ok && f.format.parse('Nov 19, 2026 16:40'); //=> { ok: true, date: '2026-11-19' }
 * compileDateFormat('dd/MM/yy').ok; //=> false (two-digit years are ambiguous)
 * ```
 */
export function compileDateFormat(format: string): { ok: true; format: DateFormat } | { ok: false; message: string } {
  if (format.trim().toLowerCase() === 'iso') {
    const parse = (text: string): ParsedUkDate =>
      ISO_DATE_TIME.test(text.trim()) ? parseIsoDate(text) : { ok: false, message: `"${text.trim().slice(0, 80)}" is not in the format iso` };
    return { ok: true, format: { format: 'iso', parse } };
  }
  const parts = tokenise(format);
  if (typeof parts === 'string') return { ok: false, message: `Date format "${format}": ${parts}` };
  // Built only from our own fixed token sources and escaped literals: no nested repeats, so linear.
  const regex = new RegExp(`^${parts.map((p) => ('token' in p ? (TOKEN_SOURCE[p.token] as string) : escape(p.literal))).join('')}$`, 'i');
  const tokens = parts.flatMap((p) => ('token' in p ? [p.token] : []));
  const parse = (text: string): ParsedUkDate => {
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
    return calendarDate(year, month, day, shown, weekday === undefined ? undefined : [weekday, weekdayFrom(weekday)]);
  };
  return { ok: true, format: { format, parse } };
}
