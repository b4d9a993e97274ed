import { IsoDate, createCalendar, parseUkDate, ruleSets, todayInLondon, type Calendar, type Division, type RuleSetId } from '../index.js';
import { UsageError } from './io.js';

/**
 * Checks a date option (`2026-11-02`, `02/11/2026` or `2 Nov 2026`): returns the ISO date, or throws a {@link UsageError} naming the option.
 *
 * @example
 * dateOption('--received', '2026-02-30'); // throws "--received: 2026-02-30 is not a real date"
 */
export function dateOption(option: string, value: string): IsoDate {
  // A person types UK dates: 02/11/2026 and 2 Nov 2026 are read day first (never month first).
  if (!/^\d{4}-/.test(value.trim())) {
    const uk = parseUkDate(value);
    if (!uk.ok) throw new UsageError(`${option}: ${uk.message}`);
    return uk.date as IsoDate;
  }
  const result = IsoDate.safeParse(value);
  if (!result.success) throw new UsageError(`${option}: ${result.error.issues[0]?.message ?? `${value} is not a date`}`);
  return result.data;
}

/**
 * `--today`, or today's date in Europe/London when it is not given.
 *
 * @example
 * todayOption('2027-01-04'); // '2027-01-04'
 */
export function todayOption(value: string | undefined): IsoDate {
  return value === undefined ? todayInLondon() : dateOption('--today', value);
}

/**
 * Checks `--rules` against the rule sets the SDK knows.
 *
 * @example
 * ruleSetOption('ho-2099'); // throws "--rules: unknown rule set \"ho-2099\". Known rule sets: …"
 */
export function ruleSetOption(value: string | undefined): RuleSetId | undefined {
  if (value === undefined) return undefined;
  if (Object.hasOwn(ruleSets, value)) return value as RuleSetId;
  throw new UsageError(`--rules: unknown rule set "${value}". Known rule sets: ${Object.keys(ruleSets).join(', ')}.`);
}

const DIVISIONS: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/**
 * The calendar for `--division` (bank holidays of that part of the UK); England and Wales by default.
 *
 * @example
 * calendarOption('scotland').isWorkingDay('2027-01-04'); // false (2 January substitute day)
 */
export function calendarOption(value: string | undefined): Calendar {
  if (value === undefined) return createCalendar();
  if (!(DIVISIONS as readonly string[]).includes(value)) {
    throw new UsageError(`--division: unknown division "${value}". Use one of: ${DIVISIONS.join(', ')}.`);
  }
  return createCalendar({ division: value as Division });
}

/** Help text shared by the commands that take these options. */
export const COMMON_OPTIONS_HELP = `  --today D                Count from this day instead of today in London (2026-11-02, 02/11/2026 or 2 Nov 2026)
  --rules ID               Rule set: ${Object.keys(ruleSets).join(', ')}
                           (default: chosen from the received date; Housing Ombudsman Code)
  --division NAME          Bank holidays: england-and-wales (default), scotland, northern-ireland`;
