import { daysFromCivil, formatDayNumber, parseDayNumber, weekdayOf } from '../dates/dayNumber.js';
import { InvalidDateError } from '../dates/InvalidDateError.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { Calendar, CalendarOptions, NonWorkingDay } from './Calendar.js';
import { CalendarRangeError } from './errors.js';
import { loadHolidays } from './loadHolidays.js';
import { countWeekdays, isWeekend, nthWeekday } from './weekdays.js';
import { ComplaintCodeInputError, formatIssues, type InputIssue } from '../errors/ComplaintCodeInputError.js';
import { deepFreeze } from '../errors/deep-freeze.js';
import { unknownKeyMessage } from '../errors/did-you-mean.js';
import { divisions } from './divisions.js';

// Every option's name; the `satisfies` and the check below keep it in step with CalendarOptions.
const OPTION_KEYS = ['division', 'closureDays', 'bankHolidays', 'beyondData'] as const satisfies readonly (keyof CalendarOptions)[];
type UnlistedOption = Exclude<keyof CalendarOptions, (typeof OPTION_KEYS)[number]>;
const allOptionsListed: UnlistedOption extends never ? true : false = true;
void allOptionsListed;
const BEYOND_DATA = ['error', 'weekends-only'];
const EMPTY = Symbol('no date');

/** Refuses options a caller could not have meant: unknown names, an unknown division, a bad `beyondData`. */
function checkOptions(options: unknown): void {
  const issues: InputIssue[] = [];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push({ path: '', message: 'Pass the options as an object, e.g. { division: "scotland" }' });
  } else {
    const given = options as Record<string, unknown>;
    for (const key of Object.keys(given)) {
      if (!(OPTION_KEYS as readonly string[]).includes(key)) issues.push({ path: key, message: unknownKeyMessage(key, OPTION_KEYS, 'option') });
    }
    const { division, beyondData } = given;
    if (division !== undefined && !(divisions as readonly unknown[]).includes(division)) {
      const text = String(division);
      const nearest = unknownKeyMessage(text, divisions, 'division').replace(/ \(known: .*\)$/, '');
      issues.push({ path: 'division', message: `${nearest} (known: ${divisions.join(', ')})` });
    }
    if (beyondData !== undefined && !BEYOND_DATA.includes(beyondData as string)) {
      issues.push({ path: 'beyondData', message: `"${String(beyondData)}" is not one of: ${BEYOND_DATA.join(', ')}` });
    }
  }
  if (issues.length > 0) throw new ComplaintCodeInputError(`createCalendar: invalid options:\n${formatIssues(issues)}`, issues);
}

/**
 * Creates a working-day calendar for one UK division, with the shipped GOV.UK bank holidays
 * (2018–2028), any newer GOV.UK data you load, and your own closure days.
 *
 * Built once, then every query is O(1): a prefix sum of working days over the covered years turns
 * "add N working days" into two array reads.
 *
 * @param options - Division, closure days, newer bank-holiday data, behaviour beyond the data
 * @returns The calendar
 * @throws {@link CalendarDataError} when `bankHolidays` or `closureDays` is invalid (each issue names its path)
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ division: 'england-and-wales', closureDays: ['2026-12-24'] });
 * calendar.addWorkingDays('2026-12-18', 5);               //=> '2026-12-30'
 * calendar.workingDaysBetween('2026-12-18', '2026-12-30'); //=> 5
 * createCalendar({ division: 'scotland' }).isWorkingDay('2026-11-30'); //=> false (St Andrew’s Day)
 * ```
 */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  checkOptions(options);
  const division = options.division ?? 'england-and-wales';
  const beyondData = options.beyondData ?? 'error';
  const { firstYear, lastYear, nonWorking } = loadHolidays(division, options.bankHolidays, options.closureDays);

  const start = daysFromCivil(firstYear, 1, 1);
  const end = daysFromCivil(lastYear, 12, 31);
  const size = end - start + 1;
  const coverage = { from: formatDayNumber(start), to: formatDayNumber(end) };

  // workingBefore[i] = working days in [start, start + i); workingDays[k] = the k-th working day.
  const workingBefore = new Int32Array(size + 1);
  const isoByIndex: string[] = new Array<string>(size);
  const working: number[] = [];
  for (let i = 0; i < size; i++) {
    const day = start + i;
    isoByIndex[i] = formatDayNumber(day);
    const isWorking = !isWeekend(day) && !nonWorking.has(day);
    if (isWorking) working.push(day);
    workingBefore[i + 1] = (workingBefore[i] ?? 0) + (isWorking ? 1 : 0);
  }
  const workingDays = Int32Array.from(working);
  const total = workingDays.length;

  // The last three dates read or given out, with their day numbers: a timeline asks about `today` for
  // every deadline and feeds each due date it was just given back in (the next step counts from it),
  // so most reads are of a recent string again, and comparing is cheaper than parsing.
  // Empty slots hold a symbol, which no argument can equal (not even '' or undefined).
  let date1: string | symbol = EMPTY;
  let day1 = 0;
  let date2: string | symbol = EMPTY;
  let day2 = 0;
  let date3: string | symbol = EMPTY;
  let day3 = 0;
  function remember(date: IsoDate, day: number): void {
    date3 = date2;
    day3 = day2;
    date2 = date1;
    day2 = day1;
    date1 = date;
    day1 = day;
  }
  function toDay(date: IsoDate): number {
    if (date === date1) return day1;
    if (date === date2) return day2;
    if (date === date3) return day3;
    const day = parseDayNumber(date);
    if (Number.isNaN(day)) throw new InvalidDateError(date);
    remember(date, day);
    return day;
  }

  function toIso(day: number): IsoDate {
    return day >= start && day <= end ? (isoByIndex[day - start] as string) : formatDayNumber(day);
  }

  function checkCovered(day: number): void {
    if (beyondData === 'error' && (day < start || day > end)) throw new CalendarRangeError(toIso(day), coverage);
  }

  /** Working days in [start, day), negative before `start` (weekends-only outside the data). */
  function workingIndex(day: number): number {
    if (day < start) return -countWeekdays(day, start);
    if (day <= end + 1) return workingBefore[day - start] as number;
    return total + countWeekdays(end + 1, day);
  }

  /** The working day whose {@link workingIndex} is `index`. */
  function workingDayAt(index: number): number {
    if (index >= 0 && index < total) return workingDays[index] as number;
    return index < 0 ? nthWeekday(start, index) : nthWeekday(end + 1, index - total);
  }

  // Frozen: a shared calendar (englandAndWales) must not be changeable by one caller for all.
  return deepFreeze({
    division,
    coverage,
    beyondData,

    isWorkingDay(date) {
      const day = toDay(date);
      if (day >= start && day <= end) return workingBefore[day - start + 1] !== workingBefore[day - start];
      checkCovered(day);
      return !isWeekend(day);
    },

    addWorkingDays(date, days) {
      if (!Number.isInteger(days)) throw new RangeError(`Working days must be a whole number, got ${days}`);
      const day = toDay(date);
      if (days === 0) {
        checkCovered(day);
        return date;
      }
      if (day >= start && day <= end) {
        // Fast path, both ends inside the data: two array reads.
        const index =
          days > 0 ? (workingBefore[day - start + 1] as number) + days - 1 : (workingBefore[day - start] as number) + days;
        if (index >= 0 && index < total) {
          const resultDay = workingDays[index] as number;
          const result = isoByIndex[resultDay - start] as string;
          remember(result, resultDay);
          return result;
        }
      }
      checkCovered(day);
      const result = workingDayAt(days > 0 ? workingIndex(day + 1) + days - 1 : workingIndex(day) + days);
      checkCovered(result);
      return toIso(result);
    },

    workingDaysBetween(from, to) {
      const fromDay = toDay(from);
      const toDayNumber = toDay(to);
      if (fromDay >= start && toDayNumber >= start && fromDay <= end && toDayNumber <= end) {
        // Fast path, both inside the data: same sums as below, straight from the prefix array.
        return toDayNumber >= fromDay
          ? (workingBefore[toDayNumber - start + 1] as number) - (workingBefore[fromDay - start + 1] as number)
          : (workingBefore[toDayNumber - start] as number) - (workingBefore[fromDay - start] as number);
      }
      checkCovered(fromDay);
      checkCovered(toDayNumber);
      // Forwards: working days in (from, to]. Backwards: minus those in [to, from), so that
      // addWorkingDays(a, n) = b gives back n even when a is itself a holiday or weekend.
      return toDayNumber >= fromDay
        ? workingIndex(toDayNumber + 1) - workingIndex(fromDay + 1)
        : workingIndex(toDayNumber) - workingIndex(fromDay);
    },

    nonWorkingDays(from, to) {
      const fromDay = toDay(from);
      const toDayNumber = toDay(to);
      checkCovered(fromDay);
      checkCovered(toDayNumber);
      const result: NonWorkingDay[] = [];
      for (let day = fromDay; day <= toDayNumber; day++) {
        const special = nonWorking.get(day);
        if (special) result.push({ date: toIso(day), reason: special.reason, kind: special.kind });
        else if (isWeekend(day)) {
          result.push({ date: toIso(day), reason: weekdayOf(day) === 5 ? 'Saturday' : 'Sunday', kind: 'weekend' });
        }
      }
      return result;
    },
  });
}
