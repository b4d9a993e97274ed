import { parseDayNumber } from '../dates/dayNumber.js';
import type { IsoDate } from '../dates/isoDate.js';
import { bankHolidaysData } from './bank-holidays-data.js';
import type { Division } from './divisions.js';
import { validateBankHolidays } from './validate-bank-holidays.js';
import type { NonWorkingDay } from './Calendar.js';
import { CalendarDataError } from './errors.js';

interface Special {
  reason: string;
  kind: NonWorkingDay['kind'];
}

/** Internal: the non-working weekdays and covered years for a calendar, from shipped + loaded data. */
export function loadHolidays(
  division: Division,
  bankHolidays: unknown,
  closureDays: readonly (IsoDate | { date: IsoDate; reason?: string | undefined })[] | undefined,
): { firstYear: number; lastYear: number; nonWorking: Map<number, Special> } {
  // year -> events; a loaded year replaces the shipped one, so GOV.UK corrections (moved days) win.
  const byYear = new Map<number, { title: string; date: string; notes?: string }[]>();
  for (const event of bankHolidaysData[division].events) addTo(byYear, event);

  if (bankHolidays !== undefined) {
    const loadedYears = new Map<number, { title: string; date: string; notes?: string }[]>();
    for (const event of parseBankHolidays(bankHolidays, division)) addTo(loadedYears, event);
    for (const [year, events] of loadedYears) byYear.set(year, events);
  }

  const years = [...byYear.keys()].sort((a, b) => a - b);
  const firstYear = years[0] as number;
  const lastYear = years[years.length - 1] as number;
  for (let year = firstYear; year <= lastYear; year++) {
    if (!byYear.has(year)) {
      throw new CalendarDataError('Bank holiday data has a gap:', [
        { path: division, message: `no bank holidays for ${year}, between ${firstYear} and ${lastYear}` },
      ]);
    }
  }

  const nonWorking = new Map<number, Special>();
  for (const events of byYear.values()) {
    for (const event of events) {
      const substitute = /substitute/i.test(event.notes ?? '') && !/substitute/i.test(event.title);
      nonWorking.set(parseDayNumber(event.date), {
        reason: substitute ? `${event.title} (substitute day)` : event.title,
        kind: 'bank-holiday',
      });
    }
  }

  const issues: { path: string; message: string }[] = [];
  closureDays?.forEach((closure, index) => {
    const date = typeof closure === 'string' ? closure : closure?.date;
    const day = parseDayNumber(date as string);
    const year = Number(String(date).slice(0, 4));
    if (Number.isNaN(day)) issues.push({ path: `closureDays.${index}`, message: `${String(date)} is not a real date (expected YYYY-MM-DD)` });
    else if (year < firstYear || year > lastYear) {
      issues.push({
        path: `closureDays.${index}`,
        message: `${date} is outside the bank holiday data (${firstYear}–${lastYear}); load that year's bank holidays first`,
      });
    } else if (!nonWorking.has(day)) {
      const reason = typeof closure === 'string' ? undefined : closure.reason;
      nonWorking.set(day, { reason: reason?.trim() || 'Closure day', kind: 'closure' });
    }
  });
  if (issues.length > 0) throw new CalendarDataError('Invalid closure days:', issues);

  return { firstYear, lastYear, nonWorking };
}

function addTo(map: Map<number, { title: string; date: string; notes?: string }[]>, event: { title: string; date: string; notes?: string }) {
  const year = Number(event.date.slice(0, 4));
  const list = map.get(year);
  if (list) list.push(event);
  else map.set(year, [event]);
}

function parseBankHolidays(input: unknown, division: Division) {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new CalendarDataError('Bank holiday data is not valid JSON:', [
        { path: '', message: error instanceof Error ? error.message : String(error) },
      ]);
    }
  }
  const parsed = validateBankHolidays(value);
  if (!parsed.ok) throw new CalendarDataError('Bank holiday data is not in the GOV.UK bank-holidays.json format:', parsed.issues);
  const events = parsed.divisions[division];
  if (!events) {
    throw new CalendarDataError('Bank holiday data does not cover this calendar:', [
      { path: division, message: `no "${division}" entry; this calendar needs that division's bank holidays` },
    ]);
  }
  return events;
}
